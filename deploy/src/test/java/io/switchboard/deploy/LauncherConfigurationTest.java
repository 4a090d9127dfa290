package io.switchboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherConfigurationTest {

    private static final ServiceSpec INGEST = new ServiceSpec("webhook-ingest-service", 8080, null);

    @Test
    void aVariableGivenToTheLauncherWinsOverItsDefault() {
        Map<String, String> environment = ServiceProcess.environment(
                Map.of("SWITCHBOARD_WEBHOOK_SECRETS_DEFAULT", "from-the-operator", "PATH", "/usr/bin"),
                Map.of(
                        "SWITCHBOARD_WEBHOOK_SECRETS_DEFAULT",
                        "launcher-default",
                        "KAFKA_BOOTSTRAP_SERVERS",
                        "127.0.0.1:1"),
                INGEST);
        assertEquals("from-the-operator", environment.get("SWITCHBOARD_WEBHOOK_SECRETS_DEFAULT"));
        assertEquals("127.0.0.1:1", environment.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("/usr/bin", environment.get("PATH"));
    }

    @Test
    void eachServiceGetsItsOwnPortWhateverTheEnvironmentSays() {
        Map<String, String> environment =
                ServiceProcess.environment(Map.of("QUARKUS_HTTP_PORT", "9999"), Map.of(), INGEST);
        assertEquals("8080", environment.get("QUARKUS_HTTP_PORT"));
    }

    @Test
    void readsItsOwnSettingsFromTheEnvironment() {
        StackConfig config = StackConfig.fromEnvironment(
                Path.of("/repo"),
                Map.of(
                        "SWITCHBOARD_HOME", "/data/sb",
                        "SWITCHBOARD_PARTITIONS", "6",
                        "SWITCHBOARD_PORT_OFFSET", "100",
                        "SWITCHBOARD_JAVA_OPTS", "-Xmx1g  -XX:+UseG1GC"));
        assertEquals(Path.of("/data/sb"), config.home());
        assertEquals(6, config.partitions());
        assertEquals(8190, config.services().get(0).port());
        assertEquals(8180, config.services().get(1).port());
        assertEquals(8184, config.services().get(5).port());
        assertEquals(List.of("-Xmx1g", "-XX:+UseG1GC"), config.javaOptions());
    }

    @Test
    void defaultsToTheContractPortsAndAFolderInTheCheckout() {
        StackConfig config = StackConfig.fromEnvironment(Path.of("/repo"), Map.of());
        assertEquals(Path.of("/repo/.switchboard"), config.home());
        assertEquals(
                List.of(8090, 8080, 8081, 8082, 8083, 8084),
                config.services().stream().map(ServiceSpec::port).toList());
    }

    @Test
    void runsEachServiceWithTheBaseDeploymentsJvmSettingsByDefault() {
        StackConfig config = StackConfig.fromEnvironment(Path.of("/repo"), Map.of());
        assertEquals(
                List.of("-Xmx204m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:TrimNativeHeapInterval=10000"),
                config.jvm().options());
        assertEquals(Map.of("MALLOC_ARENA_MAX", "2"), config.jvm().environment());
    }

    @Test
    void theOperatorsMallocArenasWinOverTheLaunchersDefault() {
        Map<String, String> environment = ServiceProcess.environment(
                Map.of("MALLOC_ARENA_MAX", "8"),
                StackConfig.fromEnvironment(Path.of("/repo"), Map.of()).jvm().environment(),
                INGEST);
        assertEquals("8", environment.get("MALLOC_ARENA_MAX"));
    }

    @Test
    void aContainersJvmIsStartedAsTheImagesRunJavaScriptDoesWithinTheContainersLimits() {
        ContainerJvm jvm = ContainerJvm.of(
                Map.of(
                        "JAVA_OPTS_APPEND", "-XX:MaxRAMPercentage=40 -Djava.io.tmpdir=/tmp",
                        "GC_CONTAINER_OPTIONS", "-XX:+UseSerialGC",
                        "MALLOC_ARENA_MAX", "2",
                        "QUARKUS_HTTP_PORT", "8080"),
                ContainerJvm.memoryBytes("512Mi"),
                ContainerJvm.processors("500m"));
        assertEquals(
                List.of(
                        "-XX:MaxRAMPercentage=80.0",
                        "-XX:+UseSerialGC",
                        "-XX:MinHeapFreeRatio=10",
                        "-XX:MaxHeapFreeRatio=20",
                        "-XX:GCTimeRatio=4",
                        "-XX:AdaptiveSizePolicyWeight=90",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-XX:MaxRAMPercentage=40",
                        "-Djava.io.tmpdir=/tmp",
                        "-XX:MaxRAM=536870912",
                        "-XX:ActiveProcessorCount=1"),
                jvm.options());
        assertEquals("40", ContainerJvm.option(jvm.options(), "MaxRAMPercentage"));
        assertEquals(Map.of("MALLOC_ARENA_MAX", "2"), jvm.environment());
        assertEquals(
                List.of("-Xmx100m"),
                ContainerJvm.imageOptions(Map.of("JAVA_OPTS", "-Xmx100m", "JAVA_OPTS_APPEND", "-Xss1m")));
        assertEquals(1_610_612_736L, ContainerJvm.memoryBytes("1536Mi"));
        assertEquals(2, ContainerJvm.processors("2"));
    }

    @Test
    void refusesANumberThatIsNotOne() {
        assertThrows(
                IllegalArgumentException.class,
                () -> StackConfig.fromEnvironment(Path.of("/repo"), Map.of("SWITCHBOARD_PARTITIONS", "many")));
    }
}
