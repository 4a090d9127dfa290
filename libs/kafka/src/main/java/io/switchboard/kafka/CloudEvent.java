package io.switchboard.kafka;

import io.switchboard.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents 1.0 attributes of a Switchboard record, carried in Kafka headers (binary mode). The one place
 * that reads and writes them.
 *
 * @param id {@code ce_id}, the consumers' dedupe key
 * @param type {@code ce_type}
 * @param source {@code ce_source}
 * @param subject {@code ce_subject}, or null
 * @param time {@code ce_time}, or null when absent or unreadable
 */
public record CloudEvent(String id, String type, String source, String subject, Instant time) {

    private static final String JSON = "application/json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }

    /**
     * The attributes in {@code headers}; fails with {@link IllegalArgumentException} when {@code ce_id} or
     * {@code ce_type} is missing (such a record can never be processed).
     */
    public static CloudEvent read(Headers headers) {
        String id = header(headers, CloudEventHeaders.ID);
        String type = header(headers, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("record without " + CloudEventHeaders.ID);
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("record without " + CloudEventHeaders.TYPE);
        }
        return new CloudEvent(
                id,
                type,
                header(headers, CloudEventHeaders.SOURCE),
                header(headers, CloudEventHeaders.SUBJECT),
                time(header(headers, CloudEventHeaders.TIME)));
    }

    /** Adds these attributes (and the spec version and JSON content type) to {@code headers}. */
    public Headers writeTo(Headers headers) {
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        add(headers, CloudEventHeaders.ID, id);
        add(headers, CloudEventHeaders.TYPE, type);
        add(headers, CloudEventHeaders.SOURCE, source);
        add(headers, CloudEventHeaders.TIME, time == null ? null : time.toString());
        add(headers, CloudEventHeaders.SUBJECT, subject);
        add(headers, CloudEventHeaders.CONTENT_TYPE, JSON);
        return headers;
    }

    /** The value of the last header {@code name} as UTF-8 text, or null. */
    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Adds header {@code name} as UTF-8 text, unless {@code value} is null. */
    public static void add(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
