package io.switchboard.zoom.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Zoom's times through the client's mapper: the fast form, every other ISO-8601 form, and what is no time. */
class ZoomInstantsTest {

    /** A body with one time. */
    record Stamped(Instant createdAt) {}

    @Test
    void readsAndWritesZoomsFormAsTheSameInstant() throws JsonProcessingException {
        Stamped read = ZoomJson.MAPPER.readValue("{\"created_at\":\"2024-02-29T23:59:58Z\"}", Stamped.class);

        assertEquals(Instant.parse("2024-02-29T23:59:58Z"), read.createdAt());
        assertEquals("{\"created_at\":\"2024-02-29T23:59:58Z\"}", ZoomJson.MAPPER.writeValueAsString(read));
    }

    @Test
    void otherIsoFormsAndFractionsStillWork() throws JsonProcessingException {
        Stamped offset = ZoomJson.MAPPER.readValue("{\"created_at\":\"2024-03-01T01:00:00+02:00\"}", Stamped.class);
        Stamped fraction = ZoomJson.MAPPER.readValue("{\"created_at\":\"2024-03-01T01:00:00.250Z\"}", Stamped.class);

        assertEquals(Instant.parse("2024-02-29T23:00:00Z"), offset.createdAt());
        assertEquals(Instant.parse("2024-03-01T01:00:00.250Z"), fraction.createdAt());
        assertEquals("{\"created_at\":\"2024-03-01T01:00:00.250Z\"}", ZoomJson.MAPPER.writeValueAsString(fraction));
    }

    @Test
    void anEmptyTimeIsAbsentAndAnImpossibleDateIsRefused() throws JsonProcessingException {
        assertNull(ZoomJson.MAPPER
                .readValue("{\"created_at\":\"\"}", Stamped.class)
                .createdAt());
        assertThrows(
                JsonProcessingException.class,
                () -> ZoomJson.MAPPER.readValue("{\"created_at\":\"2023-02-29T10:00:00Z\"}", Stamped.class));
    }

    @Test
    void theFastPathAgreesWithInstantParseOverTheYears() {
        for (long second = -62_135_596_800L; second < 253_402_300_799L; second += 86_399L * 37 + 12_345) {
            Instant instant = Instant.ofEpochSecond(second);
            assertEquals(instant.toString(), ZoomInstants.format(instant));
            assertEquals(instant, ZoomInstants.parse(instant.toString()));
        }
    }
}
