package io.switchboard.simulator.traffic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.simulator.service.OAuthServer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Zoom's {@code app_deauthorized} webhook, sent when an account uninstalls an app. */
public final class Deauthorization {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter EVENT_TS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private Deauthorization() {}

    /**
     * The webhook body, shaped like Zoom's: {@code payload.signature} is the legacy field, an HMAC-SHA256 under the
     * client secret; the delivery itself is authenticated by the v0 signature of the webhook secret.
     */
    public static String body(String clientId, String clientSecret, String accountId, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("account_id", accountId);
        payload.put("user_id", OAuthServer.owner(accountId));
        payload.put("signature", hmac(clientSecret, accountId + "|" + clientId + "|" + at));
        payload.put("deauthorization_time", at.toString());
        payload.put("client_id", clientId);
        payload.put("event_ts", EVENT_TS.format(at));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", "app_deauthorized");
        body.put("event_ts", at.toEpochMilli());
        body.put("payload", payload);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
