package io.switchboard.simulator.service;

import io.switchboard.simulator.SimulatorSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Zoom's OAuth server as it behaves: single-use codes that expire, PKCE S256, refresh tokens that rotate (the old
 * one dies on use), {@code account_credentials} for Server-to-Server apps, revocation, and counters of every grant.
 */
public class OAuthServer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SimulatorSettings config;
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
    private final Set<String> revokedInstallations = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> refreshesByGrant = new ConcurrentHashMap<>();

    public OAuthServer(SimulatorSettings config) {
        this.config = config;
    }

    /** Tokens as Zoom's token endpoint returns them. */
    public record Issued(String accessToken, String refreshToken, long expiresIn, String scope) {}

    private record Code(Grant grant, String redirectUri, String challenge, Instant expiresAt) {}

    private record Access(Grant grant, Instant expiresAt) {}

    /** Checks an authorization request (client, redirect URI, PKCE method) before anything is shown or issued. */
    public SimulatorSettings.App check(String clientId, String redirectUri, String codeChallenge, String method) {
        SimulatorSettings.App app = app(clientId);
        if (app == null || !"oauth".equals(app.type())) {
            throw OAuthError.invalidRequest("Invalid client_id: " + clientId);
        }
        if (!RedirectUris.allowed(app.redirectUris(), redirectUri)) {
            throw OAuthError.invalidRequest("Invalid redirect: " + redirectUri);
        }
        if (codeChallenge != null && !"S256".equals(method)) {
            throw OAuthError.invalidRequest("Only the S256 code_challenge_method is supported");
        }
        return app;
    }

    /** The approve step of {@code /oauth/authorize}: a code for the app's installing account. */
    public String authorize(String clientId, String redirectUri, String codeChallenge, String method) {
        SimulatorSettings.App app = check(clientId, redirectUri, codeChallenge, method);
        String code = random();
        // Authorising again installs the app again on the account.
        revokedInstallations.remove(installation(clientId, app.accountId()));
        Grant grant = new Grant(clientId, app.accountId(), owner(app.accountId()), app.scopes(), random());
        codes.put(
                code, new Code(grant, redirectUri, codeChallenge, Instant.now().plus(config.codeLifetime())));
        return code;
    }

    /** {@code grant_type=authorization_code}. */
    public Issued exchange(String clientId, String secret, String code, String redirectUri, String verifier) {
        authenticate(clientId, secret);
        count("authorization_code", clientId);
        Code issued = code == null ? null : codes.remove(code);
        if (issued == null || !issued.grant().clientId().equals(clientId)) {
            throw OAuthError.invalidGrant("Invalid authorization code " + code);
        }
        if (issued.expiresAt().isBefore(Instant.now())) {
            throw OAuthError.invalidGrant("Authorization code expired");
        }
        if (!issued.redirectUri().equals(redirectUri)) {
            throw OAuthError.invalidGrant("Redirect URI mismatch.");
        }
        if (issued.challenge() != null
                && (verifier == null || !issued.challenge().equals(challenge(verifier)))) {
            throw OAuthError.invalidGrant("Invalid code_verifier");
        }
        return issue(issued.grant(), true);
    }

    /** {@code grant_type=refresh_token}: a new refresh token, and the presented one dies. */
    public Issued refresh(String clientId, String secret, String refreshToken) {
        authenticate(clientId, secret);
        count("refresh_token", clientId);
        Grant grant = refreshToken == null ? null : refreshTokens.remove(refreshToken);
        if (grant == null || !grant.clientId().equals(clientId)) {
            throw OAuthError.invalidGrant("Invalid Token!");
        }
        if (revokedInstallations.contains(installation(grant.clientId(), grant.accountId()))) {
            throw OAuthError.invalidGrant("Invalid Token!");
        }
        refreshesByGrant
                .computeIfAbsent(grant.grantId(), id -> new AtomicLong())
                .incrementAndGet();
        return issue(grant, true);
    }

    /** {@code grant_type=account_credentials} of a Server-to-Server app. */
    public Issued accountCredentials(String clientId, String secret, String accountId) {
        SimulatorSettings.App app = authenticate(clientId, secret);
        count("account_credentials", clientId);
        if (!"server_to_server".equals(app.type()) || !app.accountId().equals(accountId)) {
            throw new OAuthError(400, "unsupported_grant_type", "Unsupported grant type");
        }
        return issue(new Grant(clientId, accountId, owner(accountId), app.scopes(), random()), false);
    }

    /** The app of {@link #installationToken}: installed on every account, for tests and benchmarks. */
    public static final String CONTROL_APP = "simulator-control";

    /**
     * An access token of an app installed on {@code accountId} with every read and write scope, as a connection
     * would hold it; only through the control API, so that tests and benchmarks can use any account's directory.
     */
    public Issued installationToken(String accountId) {
        String scopes = "user:read:admin user:write:admin meeting:read:admin webinar:read:admin report:read:admin"
                + " phone:read:admin account:read:admin";
        return issue(new Grant(CONTROL_APP, accountId, owner(accountId), scopes, random()), false);
    }

    /** {@code /oauth/revoke}: the token (access or refresh) stops working. */
    public void revoke(String clientId, String secret, String token) {
        authenticate(clientId, secret);
        count("revoke", clientId);
        if (token == null || token.isBlank()) {
            throw OAuthError.invalidRequest("token is required");
        }
        Access access = accessTokens.remove(token);
        Grant grant = access != null ? access.grant() : refreshTokens.remove(token);
        if (grant != null) {
            refreshTokens.values().removeIf(g -> g.equals(grant));
            accessTokens.values().removeIf(a -> a.grant().equals(grant));
        }
    }

    /**
     * The installation of {@code clientId} on {@code accountId} is removed: its tokens die and its next refresh fails.
     * The app, or Zoom's 404 when there is no such app.
     */
    public SimulatorSettings.App revokeInstallation(String clientId, String accountId) {
        SimulatorSettings.App app = app(clientId);
        if (app == null) {
            throw new ApiError(404, 4700, "No app with client id " + clientId);
        }
        revokedInstallations.add(installation(clientId, accountId));
        accessTokens
                .values()
                .removeIf(a -> a.grant().clientId().equals(clientId)
                        && a.grant().accountId().equals(accountId));
        refreshTokens
                .values()
                .removeIf(g -> g.clientId().equals(clientId) && g.accountId().equals(accountId));
        return app;
    }

    /** What a bearer token stands for, or null when it is unknown or expired. */
    public Grant bearer(String accessToken) {
        Access access = accessToken == null ? null : accessTokens.get(accessToken);
        return access == null || access.expiresAt().isBefore(Instant.now()) ? null : access.grant();
    }

    /**
     * What an access token stands for, with how often its grant (one authorization and its refreshes, what a
     * connection holds) was refreshed; null for an unknown token.
     */
    public Map<String, Object> describe(String accessToken) {
        Access access = accessToken == null ? null : accessTokens.get(accessToken);
        if (access == null) {
            return null;
        }
        Grant grant = access.grant();
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("clientId", grant.clientId());
        view.put("accountId", grant.accountId());
        view.put("userId", grant.userId());
        view.put("scopes", grant.scopes());
        view.put("grantId", grant.grantId());
        AtomicLong refreshes = refreshesByGrant.get(grant.grantId());
        view.put("refreshes", refreshes == null ? 0 : refreshes.get());
        view.put("expiresAt", access.expiresAt().toString());
        return view;
    }

    /** Every counter, for example {@code grant.refresh_token} and {@code grant.refresh_token.<clientId>}. */
    public Map<String, Long> counters() {
        Map<String, Long> snapshot = new java.util.TreeMap<>();
        counters.forEach((name, value) -> snapshot.put(name, value.get()));
        return snapshot;
    }

    public void resetCounters() {
        counters.clear();
    }

    /** The simulated owner user id of an account. */
    public static String owner(String accountId) {
        return "owner-" + accountId.toLowerCase(java.util.Locale.ROOT);
    }

    private Issued issue(Grant grant, boolean withRefresh) {
        String access = random();
        accessTokens.put(access, new Access(grant, Instant.now().plus(config.accessTokenLifetime())));
        String refresh = null;
        if (withRefresh) {
            refresh = random();
            refreshTokens.put(refresh, grant);
        }
        return new Issued(access, refresh, config.accessTokenLifetime().toSeconds(), grant.scopes());
    }

    private SimulatorSettings.App authenticate(String clientId, String secret) {
        SimulatorSettings.App app = app(clientId);
        if (app == null || !MessageDigest.isEqual(bytes(app.secret()), bytes(secret == null ? "" : secret))) {
            throw OAuthError.invalidClient();
        }
        return app;
    }

    private SimulatorSettings.App app(String clientId) {
        return clientId == null ? null : config.apps().get(clientId);
    }

    private void count(String grant, String clientId) {
        counters.computeIfAbsent("grant." + grant, k -> new AtomicLong()).incrementAndGet();
        counters.computeIfAbsent("grant." + grant + "." + clientId, k -> new AtomicLong())
                .incrementAndGet();
    }

    private static String installation(String clientId, String accountId) {
        return clientId + "|" + accountId;
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
