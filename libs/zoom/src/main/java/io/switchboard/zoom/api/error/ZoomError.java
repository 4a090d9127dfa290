package io.switchboard.zoom.api.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Zoom's error body, {@code {code, message[, errors[]]}}.
 *
 * @param code Zoom's error code, 0 when the body had none
 * @param message Zoom's message, empty when the body had none
 */
public record ZoomError(int code, String message) {

    /** An error body without code or message (an empty or unreadable body, for example a proxy's HTML page). */
    public static final ZoomError NONE = new ZoomError(0, "");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE = 500;

    /** Reads an error body leniently: anything that is not Zoom's shape is {@link #NONE}. */
    public static ZoomError parse(byte[] body) {
        if (body == null || body.length == 0) {
            return NONE;
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                return NONE;
            }
            String message = node.path("message").asText("");
            return new ZoomError(
                    node.path("code").asInt(0),
                    message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
        } catch (IOException e) {
            return NONE;
        }
    }
}
