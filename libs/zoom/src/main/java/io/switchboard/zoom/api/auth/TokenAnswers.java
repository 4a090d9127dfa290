package io.switchboard.zoom.api.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads connection-service's answers to {@code POST /internal/connections/{id}/access-token}: {@code 200
 * {accessToken, expiresAt, zoomAccountId}}, or an RFC 9457 problem whose status and type say what happened.
 */
final class TokenAnswers {

    /** The end of the problem type of a connection whose grant Zoom no longer accepts (either spelling). */
    static final String REAUTH_REQUIRED = "reauth-required";

    static final String REAUTH_REQUIRED_SNAKE = "reauth_required";

    /** The end of the problem type of a connection not authorised yet. */
    static final String PENDING = "connection-pending";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenAnswers() {}

    /** The token of a 200 answer, or the typed failure of any other. */
    static AccessToken read(UUID connectionId, HttpResponse<Buffer> response) {
        int status = response.statusCode();
        JsonNode body = json(response);
        if (status == 200) {
            return token(connectionId, body);
        }
        String detail = "connection-service answered " + status + " for connection " + connectionId
                + detail(body.path("detail").asText(""));
        if (status == 404) {
            throw new ConnectionGoneException(connectionId, detail);
        }
        if (status == 409) {
            throw conflict(connectionId, body.path("type").asText(""), detail);
        }
        if (status >= 500) {
            throw new TokenServiceUnavailableException(connectionId, detail, null);
        }
        throw new TokenServiceRefusedException(connectionId, detail);
    }

    private static AccessTokenException conflict(UUID connectionId, String type, String detail) {
        if (type.endsWith(REAUTH_REQUIRED) || type.endsWith(REAUTH_REQUIRED_SNAKE)) {
            return new ReauthRequiredException(connectionId, detail);
        }
        if (type.endsWith(PENDING)) {
            return new ConnectionPendingException(connectionId, detail);
        }
        return new TokenServiceRefusedException(connectionId, detail);
    }

    private static AccessToken token(UUID connectionId, JsonNode body) {
        try {
            return new AccessToken(
                    body.get("accessToken").asText(),
                    Instant.parse(body.get("expiresAt").asText()),
                    body.get("zoomAccountId").asText());
        } catch (NullPointerException | DateTimeParseException e) {
            throw new TokenServiceUnavailableException(
                    connectionId, "connection-service's token answer for " + connectionId + " is incomplete", null);
        }
    }

    private static JsonNode json(HttpResponse<Buffer> response) {
        Buffer body = response.body();
        if (body == null || body.length() == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(body.getBytes());
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String detail(String detail) {
        return detail.isBlank() ? "" : ": " + detail;
    }
}
