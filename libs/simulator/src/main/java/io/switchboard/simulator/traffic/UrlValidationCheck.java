package io.switchboard.simulator.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Zoom's endpoint check when a webhook URL is registered: a signed url_validation challenge, answer verified. */
public class UrlValidationCheck {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** Sends the challenge to {@code target} and says whether the answer proves knowledge of {@code secret}. */
    public Map<String, Object> check(String target, String secret) {
        String plainToken = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        byte[] body = ("{\"payload\":{\"plainToken\":\"" + plainToken + "\"},\"event_ts\":" + System.currentTimeMillis()
                        + ",\"event\":\"endpoint.url_validation\"}")
                .getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(target))
                            .timeout(Duration.ofSeconds(3))
                            .header("content-type", "application/json; charset=utf-8")
                            .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                            .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(secret, timestamp, body))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            result.put("status", response.statusCode());
            JsonNode answer = response.statusCode() == 200 ? json.readTree(response.body()) : null;
            String expected = WebhookSigner.encryptedToken(secret, plainToken);
            boolean valid = answer != null
                    && plainToken.equals(answer.path("plainToken").asText())
                    && expected.equals(answer.path("encryptedToken").asText());
            result.put("valid", valid);
        } catch (IOException e) {
            result.put("valid", false);
            result.put("error", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.put("valid", false);
            result.put("error", "interrupted");
        }
        return result;
    }
}
