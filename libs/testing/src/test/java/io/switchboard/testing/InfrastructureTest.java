package io.switchboard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/** The choice between embedded and containers; neither server is started here. */
class InfrastructureTest {

    private static final String CONTAINERS_CLASS = "io.switchboard.testing.ContainerInfrastructure";

    @Test
    void embeddedIsTheDefaultAndContainersComeWithTheProfile() {
        // The root pom hands the surefire JVM the build's choice: embedded, or containers under -Pcontainers.
        String chosen = System.getProperty(Infrastructure.PROPERTY);
        assertTrue(
                Infrastructure.EMBEDDED.equals(chosen) || Infrastructure.CONTAINERS.equals(chosen),
                "the build sets " + Infrastructure.PROPERTY + ", not " + chosen);
        assertEquals(Infrastructure.CONTAINERS.equals(chosen), containersBuilt(), "-Pcontainers builds both or none");
        Infrastructure selected = Infrastructure.selected();
        assertEquals(
                chosen.equals(Infrastructure.EMBEDDED) ? EmbeddedInfrastructure.class.getName() : CONTAINERS_CLASS,
                selected.getClass().getName());
    }

    @Test
    void embeddedNeedsNothing() {
        assertInstanceOf(EmbeddedInfrastructure.class, Infrastructure.named("embedded"));
    }

    @Test
    void containersWithoutTheProfileSayWhatIsMissing() {
        if (containersBuilt()) {
            assertEquals(
                    CONTAINERS_CLASS,
                    Infrastructure.named("containers").getClass().getName());
        } else {
            IllegalStateException refused =
                    assertThrows(IllegalStateException.class, () -> Infrastructure.named("containers"));
            assertTrue(refused.getMessage().contains("-Pcontainers"), refused.getMessage());
        }
    }

    @Test
    void anUnknownNameIsRefusedWithTheChoices() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> Infrastructure.named("docker"));
        assertTrue(refused.getMessage().contains("embedded"), refused.getMessage());
        assertTrue(refused.getMessage().contains("containers"), refused.getMessage());
    }

    @Test
    void theContainersRunTheEmbeddedVersions() throws IOException {
        if (!containersBuilt()) {
            return; // Only -Pcontainers builds the image list (an earlier such build may have left one behind).
        }
        Properties images = new Properties();
        try (InputStream in = InfrastructureTest.class.getResourceAsStream("container-images.properties")) {
            assertNotNull(in, "the image list comes with the containers infrastructure");
            images.load(in);
        }
        // The broker image of the Kafka version whose clients (and embedded broker) the build uses.
        assertEquals("apache/kafka:" + AppInfoParser.getVersion(), images.getProperty("kafka.image"));
        String postgres = images.getProperty("postgres.image");
        assertTrue(postgres.matches("postgres:17\\.\\d+"), postgres);
        assertFalse(postgres.contains("$"), postgres);
    }

    private static boolean containersBuilt() {
        try {
            Class.forName(CONTAINERS_CLASS, false, InfrastructureTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
