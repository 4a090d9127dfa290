package io.switchboard.zoom.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.switchboard.zoom.api.error.ZoomServerException;
import java.io.IOException;

/**
 * Zoom's JSON: snake_case names onto the client's records, unknown fields ignored, ISO-8601 instants and dates, and
 * empty strings read as absent values (Zoom sends {@code ""} for times it does not know).
 */
public final class ZoomJson {

    /** The mapper of every Zoom body. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .addModule(ZoomInstants.module())
            .withCoercionConfigDefaults(
                    config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
            .build();

    private ZoomJson() {}

    /** {@code body} as {@code type}; Zoom's answer that cannot be read is a {@link ZoomServerException}. */
    public static <T> T read(byte[] body, Class<T> type, String call) {
        try {
            return MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new ZoomServerException(
                    call + " answered a body the client cannot read: " + e.getOriginalMessage(), 200, 0);
        } catch (IOException e) {
            throw new ZoomServerException(call + " answered a body the client cannot read", 200, 0);
        }
    }

    /** {@code value} as JSON bytes. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "Not writable as JSON: " + value.getClass().getName(), e);
        }
    }
}
