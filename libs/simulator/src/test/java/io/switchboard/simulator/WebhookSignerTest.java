package io.switchboard.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.simulator.traffic.WebhookSigner;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The simulator's own signer against vectors computed outside Java (Python's hmac module). */
class WebhookSignerTest {

    private static final String SECRET = "sim-secret";

    @Test
    void signsTheVersionTimestampAndRawBody() {
        byte[] body = "{\"event\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "v0=6f5d625b5de7b1d427ee1092616651b7953cf87c27d89d9b68fa5002725563ee",
                WebhookSigner.signature(SECRET, 1_700_000_000L, body));
    }

    @Test
    void encryptsTheUrlValidationChallenge() {
        assertEquals(
                "439ab0dcc1d9465706913c0b5e8fd69b0b492d7302e0adf4dc68495a2055954c",
                WebhookSigner.encryptedToken(SECRET, "qgg8vlvZRS6UYooatFL8Aw"));
    }
}
