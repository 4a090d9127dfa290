package io.switchboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./switchboard sim signs with the secret the running stack uses, and says why deliveries were refused. */
class SimulatorCommandTest {

    @TempDir
    Path home;

    @Test
    void signsWithTheSecretTheRunningStackUsesEvenWhenItWasGivenToUp() throws IOException {
        Files.writeString(home.resolve("webhook-secret"), "stored");
        Files.writeString(home.resolve(LocalStack.WEBHOOK_SECRET_IN_USE), "given-to-up");

        assertEquals("given-to-up", SimulatorCommand.secret(config(), Map.of()));
        assertEquals(
                "given-to-up",
                SimulatorCommand.secret(config(), Map.of(LocalStack.WEBHOOK_SECRET_VARIABLE, "in-this-shell")));
    }

    @Test
    void withoutARunningStackItTakesTheShellsSecretThenTheStoredOne() throws IOException {
        Files.writeString(home.resolve("webhook-secret"), "stored");

        assertEquals(
                "in-this-shell",
                SimulatorCommand.secret(config(), Map.of(LocalStack.WEBHOOK_SECRET_VARIABLE, "in-this-shell")));
        assertEquals("stored", SimulatorCommand.secret(config(), Map.of()));
    }

    @Test
    void refusedDeliveriesAreExplainedAndAFullDeliveryIsNot() {
        String refused = "{\"finished\":true,\"delivered\":0,\"refused\":212}";
        String delivered = "{\"finished\":true,\"delivered\":212,\"refused\":0}";

        assertTrue(SimulatorCommand.withVerdict(refused).contains("refused 212 deliveries"));
        assertEquals(delivered, SimulatorCommand.withVerdict(delivered));
    }

    private StackConfig config() {
        return StackConfig.fromEnvironment(home, Map.of("SWITCHBOARD_HOME", home.toString()));
    }
}
