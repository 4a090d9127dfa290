package io.switchboard.embedded;

import io.switchboard.events.TopicSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.jboss.logging.Logger;

/**
 * A real single-node Apache Kafka broker in KRaft combined mode (broker and controller), running inside this JVM on
 * 127.0.0.1. It stops with the JVM, so nothing outlives a killed test run.
 *
 * <p>A log folder that was formatted before is reused as it is (the local stack keeps its events across restarts);
 * an empty one is formatted first.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedKafka.class);
    /** The broker's own packages; held strongly so that their quieter level is not lost to garbage collection. */
    private static final List<java.util.logging.Logger> BROKER_LOGGERS = List.of(
                    "kafka",
                    "state.change.logger",
                    "org.apache.kafka.controller",
                    "org.apache.kafka.raft",
                    "org.apache.kafka.metadata",
                    "org.apache.kafka.image",
                    "org.apache.kafka.server",
                    "org.apache.kafka.storage",
                    "org.apache.kafka.coordinator",
                    "org.apache.kafka.queue",
                    "org.apache.kafka.snapshot")
            .stream()
            .map(java.util.logging.Logger::getLogger)
            .toList();

    private static final int NODE_ID = 1;
    private static final String CONTROLLER = "CONTROLLER";

    /**
     * The broker's settings besides its roles, listeners and log folder: one node (every internal topic with one
     * replica), no topic created by a client's mention of it, consumers that join a group at once, a small footprint.
     * libs/testing's containers infrastructure runs the apache/kafka image with the same settings.
     */
    public static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("num.partitions", "3"),
            Map.entry("auto.create.topics.enable", "false"),
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "3"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("transaction.state.log.num.partitions", "3"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024)),
            Map.entry("num.network.threads", "2"),
            Map.entry("num.io.threads", "4"));

    private final Path logDirectory;
    private final int brokerPort;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    private EmbeddedKafka(Path logDirectory, int brokerPort, int controllerPort, Map<String, String> overrides) {
        this.logDirectory = logDirectory.toAbsolutePath();
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * A broker that keeps its logs in {@code logDirectory}.
     *
     * @param brokerPort the client port, or 0 for a free one
     * @param overrides broker properties that win over the defaults (for example {@code num.partitions})
     */
    public static EmbeddedKafka create(Path logDirectory, int brokerPort, Map<String, String> overrides) {
        return new EmbeddedKafka(
                logDirectory, brokerPort == 0 ? FreePorts.next() : brokerPort, FreePorts.next(), overrides);
    }

    /** Formats the log folder if it is new and starts the broker; returns once it accepts clients. */
    public synchronized EmbeddedKafka start() {
        if (server != null) {
            return this;
        }
        BROKER_LOGGERS.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
        // A fatal broker fault must not halt the JVM that hosts the tests or the launcher.
        Exit.setHaltProcedure((code, message) -> {
            throw new IllegalStateException("Kafka broker halted (" + code + "): " + message);
        });
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("Kafka broker exited (" + code + "): " + message);
        });
        try {
            Files.createDirectories(logDirectory);
            KafkaConfig config = new KafkaConfig(brokerProperties(), false);
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format();
            }
            KafkaRaftServer raft = new KafkaRaftServer(config, Time.SYSTEM);
            raft.startup();
            server = raft;
            LOG.debugf("Kafka broker ready on %s with logs in %s", bootstrapServers(), logDirectory);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka in " + logDirectory, e);
        }
    }

    private Properties brokerProperties() {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", Integer.toString(NODE_ID));
        properties.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        properties.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        properties.put("controller.listener.names", CONTROLLER);
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        properties.put("log.dirs", logDirectory.toString());
        properties.putAll(SETTINGS);
        properties.putAll(overrides);
        return properties;
    }

    private void format() {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDirectory.toString()))
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setControllerListenerName(CONTROLLER)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka log folder " + logDirectory, e);
        }
    }

    /** The {@code bootstrap.servers} value for clients. */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Creates the topics that do not exist yet, each with {@code partitions} partitions. */
    public void createTopics(List<TopicSpec> topics, int partitions) {
        createTopics(bootstrapServers(), topics, partitions);
    }

    /**
     * Creates the topics that do not exist yet on the single-node broker at {@code bootstrapServers}, each with
     * {@code partitions} partitions and one replica; compacted ones with {@code cleanup.policy=compact}.
     */
    public static void createTopics(String bootstrapServers, List<TopicSpec> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec topic : topics) {
                if (!existing.contains(topic.name())) {
                    NewTopic newTopic = new NewTopic(topic.name(), partitions, (short) 1);
                    if (topic.compacted()) {
                        newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(newTopic);
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topics on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    /** Stops the broker and waits until it is down. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    /** Waits at most {@code timeout} for a broker shutdown started elsewhere; for diagnostics. */
    public Duration shutdownBound() {
        return Duration.ofSeconds(30);
    }
}
