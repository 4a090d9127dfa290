package io.switchboard.deploy.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.deploy.demo.Views.Activity;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The demo's pure parts: who it shows, and the curl commands it prints. */
class DemoPartsTest {

    @Test
    void theFeaturedPersonIsTheMappedOneWithTheMostKindsOfActivity() {
        List<Activity> entries = List.of(
                entry("p-many", "meeting"),
                entry("p-many", "meeting"),
                entry("p-many", "meeting"),
                entry("p-varied", "meeting"),
                entry("p-varied", "phone"),
                entry("p-unmapped", "meeting"),
                entry("p-unmapped", "phone"),
                entry("p-unmapped", "webinar"));

        assertEquals("p-varied", PersonView.featured(entries, Set.of("p-many", "p-varied")));
        assertThrows(DemoFailure.class, () -> PersonView.featured(entries, Set.of("p-nobody")));
    }

    @Test
    void aWriteIsPrintedAsTheCurlCommandThatSendsIt() {
        assertEquals(
                "curl -s -X PUT -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json'"
                        + " -d '{\"enabled\":false}' 'http://127.0.0.1:8082/orgs/demo/profiles/p-1/services/zoom'",
                Narrator.curlOf(
                        "PUT",
                        "http://127.0.0.1:8082/orgs/demo/profiles/p-1/services/zoom",
                        java.util.Map.of("enabled", false)));
        assertEquals(
                "curl -s -X POST -H \"Authorization: Bearer $TOKEN\" 'http://127.0.0.1:8081/orgs/demo/connections/zoom'",
                Narrator.curlOf("POST", "http://127.0.0.1:8081/orgs/demo/connections/zoom", null));
    }

    private static Activity entry(String profile, String type) {
        return new Activity(UUID.randomUUID(), profile, type, "t", Instant.EPOCH, 60, "hosted", 2, 1, null, null);
    }
}
