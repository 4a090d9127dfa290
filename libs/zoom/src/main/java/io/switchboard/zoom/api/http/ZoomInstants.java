package io.switchboard.zoom.api.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Zoom's times ({@code 2019-06-01T07:58:03Z}: UTC, whole seconds) read and written without a DateTimeFormatter, which
 * allocates about a kilobyte a value: a directory import reads and writes three of them per user. Any other ISO-8601
 * form goes to Jackson's own {@link Instant} (de)serialiser.
 */
final class ZoomInstants {

    private static final int LENGTH = "2019-06-01T07:58:03Z".length();

    private ZoomInstants() {}

    static SimpleModule module() {
        return new SimpleModule("zoom-instants")
                .addDeserializer(Instant.class, new Reader())
                .addSerializer(Instant.class, new Writer());
    }

    /** {@code text} as an instant when it has Zoom's form, else null. */
    static Instant parse(String text) {
        if (text.length() != LENGTH
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second);
    }

    /** {@code instant} in Zoom's form when it has whole seconds within years 0000 to 9999, else null. */
    static String format(Instant instant) {
        if (instant.getNano() != 0) {
            return null;
        }
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9999) {
            return null;
        }
        char[] text = "0000-00-00T00:00:00Z".toCharArray();
        put(text, 0, 4, time.getYear());
        put(text, 5, 2, time.getMonthValue());
        put(text, 8, 2, time.getDayOfMonth());
        put(text, 11, 2, time.getHour());
        put(text, 14, 2, time.getMinute());
        put(text, 17, 2, time.getSecond());
        return new String(text);
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void put(char[] text, int from, int count, int value) {
        for (int i = from + count - 1; i >= from; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static final class Reader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                Instant fast = parse(parser.getText());
                if (fast != null) {
                    return fast;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }

    private static final class Writer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            String fast = format(value);
            if (fast != null) {
                generator.writeString(fast);
            } else {
                InstantSerializer.INSTANCE.serialize(value, generator, provider);
            }
        }
    }
}
