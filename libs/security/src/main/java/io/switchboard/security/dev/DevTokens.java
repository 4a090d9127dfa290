package io.switchboard.security.dev;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints RS256-signed JWTs with Switchboard's claims ({@code sub}, {@code org}, {@code groups}, {@code orgs}) for
 * the local stack and the tests. The services verify them exactly as they verify production tokens.
 */
public final class DevTokens {

    /** The audience every Switchboard service expects ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "switchboard";

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final String keyId;
    private final String issuer;
    private final String audience;

    /** Tokens of {@code issuer} for Switchboard's audience, signed with {@code keys}. */
    public DevTokens(KeyPair keys, String issuer) {
        this(keys, issuer, AUDIENCE);
    }

    /** Tokens of {@code issuer} for {@code audience}, signed with {@code keys}. */
    public DevTokens(KeyPair keys, String issuer, String audience) {
        this.key = Objects.requireNonNull(keys.getPrivate(), "key");
        this.keyId = Jwks.keyId(keys.getPublic());
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
    }

    /** A token for {@code subject} in {@code org} with {@code groups}, valid for {@code lifetime}. */
    public String mint(
            String subject, String org, Collection<String> groups, Collection<String> orgs, Duration lifetime) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":")
                .append(json(issuer))
                .append(",\"aud\":")
                .append(json(audience))
                .append(",\"sub\":")
                .append(json(subject))
                .append(",\"upn\":")
                .append(json(subject))
                .append(",\"jti\":")
                .append(json(UUID.randomUUID().toString()))
                .append(",\"iat\":")
                .append(now.getEpochSecond())
                .append(",\"exp\":")
                .append(now.plus(lifetime).getEpochSecond());
        if (org != null) {
            claims.append(",\"org\":").append(json(org));
        }
        claims.append(",\"groups\":").append(jsonArray(groups));
        if (!orgs.isEmpty()) {
            claims.append(",\"orgs\":").append(jsonArray(orgs));
        }
        claims.append('}');
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":" + json(keyId) + "}";
        String signingInput = encode(header) + "." + encode(claims.toString());
        return signingInput + "." + URL.encodeToString(sign(signingInput));
    }

    private byte[] sign(String signingInput) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return rs256.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a development token", e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String jsonArray(Collection<String> values) {
        return values.stream().map(DevTokens::json).collect(Collectors.joining(",", "[", "]"));
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
