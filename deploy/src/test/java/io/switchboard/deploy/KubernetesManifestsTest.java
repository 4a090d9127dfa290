package io.switchboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.switchboard.events.TopicSpec;
import io.switchboard.events.Topics;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Renders every overlay of {@code deploy/k8s} with {@code kubectl kustomize} and checks the rules of the deployment
 * on the rendered objects. What the services need (topics, consumer groups, databases) is read from their
 * application.properties and from {@link Topics}, so a new topic or consumer fails here until the manifests follow.
 *
 * <p>Needs kubectl ({@code KUBECTL} names another binary). Without it the test fails on CI ({@code CI=true}) and is
 * skipped elsewhere.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = repositoryRoot();
    private static final Path K8S = ROOT.resolve("deploy/k8s");

    /** The five services and their ports (DESIGN.md section 3a). */
    private static final Map<String, Integer> PORTS = orderedMap(
            "webhook-ingest-service", 8080,
            "connection-service", 8081,
            "user-mapping-service", 8082,
            "activity-service", 8083,
            "license-service", 8084);

    private static final String INGEST = "webhook-ingest-service";
    private static final String CONNECTION = "connection-service";
    /** The services that call Zoom with tokens from connection-service (DESIGN.md section 1). */
    private static final Set<String> ZOOM_CALLERS =
            Set.of("user-mapping-service", "activity-service", "license-service");
    /** The only services reachable from outside the namespace: Zoom's webhooks and Zoom's OAuth redirect. */
    private static final Set<String> PUBLIC = Set.of(INGEST, CONNECTION);

    private static final Pattern SENSITIVE_NAME =
            Pattern.compile("(?i).*(PASSWORD|SECRET|CREDENTIAL|TOKEN|ENCRYPTION_KEYS|PRIVATE).*");
    /** 32 bytes in base64: what a token encryption key looks like. */
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9+/]{43}=");

    private static final YAMLMapper YAML = new YAMLMapper();
    /** The properties of the root pom's {@code images} profile: how -Pimages names the images, and their user. */
    private static final Map<String, String> IMAGES = profileProperties("images");

    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

    /** An overlay and what it promises. */
    record Overlay(String name, String imageTag, int brokers, int postgresInstances, int minReplicas) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Overlay> overlays() {
        return Stream.of(new Overlay("dev", projectVersion(), 1, 1, 1), new Overlay("prod", "0.1.0", 3, 3, 2));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deployments

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDeploymentIsProbedLimitedAndLockedDown(Overlay overlay) {
        Rendered rendered = render(overlay);
        assertEquals(
                new TreeSet<>(PORTS.keySet()),
                names(rendered.all("Deployment")),
                "one Deployment per service, nothing else");
        List<String> problems = new ArrayList<>();
        for (JsonNode deployment : rendered.all("Deployment")) {
            String name = name(deployment);
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode containers = pod.path("containers");
            if (containers.size() != 1) {
                problems.add(name + ": one container expected");
                continue;
            }
            JsonNode container = containers.get(0);
            String where = name + "/" + container.path("name").asText();
            probe(container, "livenessProbe", "/q/health/live", where, problems);
            probe(container, "readinessProbe", "/q/health/ready", where, problems);
            probe(container, "startupProbe", null, where, problems);
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (text(container.at("/resources/" + kind + "/" + resource))
                            .isEmpty()) {
                        problems.add(where + ": no resources." + kind + "." + resource);
                    }
                }
            }
            String javaOptions = env(container, "JAVA_OPTS_APPEND").orElse("") + " "
                    + env(container, "JAVA_OPTS").orElse("");
            if (!javaOptions.contains("-XX:MaxRAMPercentage=")) {
                problems.add(where + ": the JVM is not sized to the container (-XX:MaxRAMPercentage)");
            }
            boolean nonRoot = pod.at("/securityContext/runAsNonRoot").asBoolean(false)
                    || container.at("/securityContext/runAsNonRoot").asBoolean(false);
            if (!nonRoot || pod.at("/securityContext/runAsUser").asInt(-1) == 0) {
                problems.add(where + ": not runAsNonRoot");
            }
            JsonNode security = container.path("securityContext");
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                problems.add(where + ": root filesystem not read-only");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                problems.add(where + ": allowPrivilegeEscalation is not false");
            }
            if (!texts(security.at("/capabilities/drop")).contains("ALL")) {
                problems.add(where + ": capabilities do not drop ALL");
            }
            Optional<String> tmpVolume = stream(container.path("volumeMounts"))
                    .filter(mount -> mount.path("mountPath").asText().equals("/tmp"))
                    .map(mount -> mount.path("name").asText())
                    .findFirst();
            boolean tmpIsEmptyDir = tmpVolume.isPresent()
                    && stream(pod.path("volumes"))
                            .anyMatch(volume ->
                                    volume.path("name").asText().equals(tmpVolume.get()) && volume.has("emptyDir"));
            if (!tmpIsEmptyDir) {
                problems.add(where + ": /tmp is not an emptyDir");
            }
            if (pod.path("topologySpreadConstraints").isEmpty()) {
                problems.add(name + ": no topologySpreadConstraints");
            }
            Integer port = PORTS.get(name);
            boolean portDeclared = stream(container.path("ports"))
                    .anyMatch(p -> p.path("containerPort").asInt() == port);
            if (!portDeclared) {
                problems.add(where + ": does not declare port " + port);
            }
            // The image that -Pimages builds for the service: <group>/<quarkus.application.name>:<project version>.
            String expectedImage = IMAGES.get("quarkus.container-image.group") + "/"
                    + Service.of(name).applicationName() + ":" + overlay.imageTag();
            String image = container.path("image").asText();
            if (!image.equals(expectedImage)) {
                problems.add(where + ": image " + image + ", expected " + expectedImage + " (what -Pimages builds)");
            }
            String imageUser = IMAGES.get("quarkus.jib.user");
            if (!pod.at("/securityContext/runAsUser").asText().equals(imageUser)) {
                problems.add(where + ": runs as user "
                        + pod.at("/securityContext/runAsUser").asText() + ", the image as " + imageUser);
            }
        }
        assertNoProblems(overlay, problems);
    }

    /**
     * The JVM that the image's run-java.sh starts from each container's variables ({@link ContainerJvm}) fits the
     * container: the heap follows the memory limit and leaves more than half of it to what is not heap (metaspace,
     * code, threads, buffers, malloc); the serial collector, which needs no collector threads or remembered sets on
     * a pod of one or two CPUs (the image would choose the parallel one); C1 only, without C2's compiler threads and
     * arenas; freed native memory trimmed back to the system; glibc limited to two malloc arenas (else eight per
     * core, each holding freed memory). bench/run memory measures what these settings give.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void everyJvmIsSizedToItsContainer(Overlay overlay) {
        Rendered rendered = render(overlay);
        List<String> problems = new ArrayList<>();
        for (String name : PORTS.keySet()) {
            Map<String, String> env = rendered.environment(name);
            JsonNode container = rendered.get("Deployment", name).at("/spec/template/spec/containers/0");
            if (env.containsKey("JAVA_OPTS")) {
                problems.add(name + ": JAVA_OPTS replaces the image's JVM options; use JAVA_OPTS_APPEND");
            }
            List<String> options = ContainerJvm.imageOptions(env);
            if (options.stream().anyMatch(o -> o.startsWith("-Xmx") || o.startsWith("-Xms"))) {
                problems.add(name + ": a fixed heap (-Xmx/-Xms) does not follow the container's limit");
            }
            String percentage = ContainerJvm.option(options, "MaxRAMPercentage");
            double heapShare = Double.parseDouble(percentage) / 100;
            long limit = ContainerJvm.memoryBytes(
                    container.at("/resources/limits/memory").asText("0"));
            if (!env.getOrDefault("JAVA_OPTS_APPEND", "").contains("-XX:MaxRAMPercentage=")) {
                problems.add(name + ": the heap is the image's default share of the limit, not the service's");
            } else if (heapShare < 0.25 || heapShare > 0.5) {
                problems.add(name + ": the heap is " + percentage + " % of the limit, expected 25 to 50 %");
            } else if (limit * heapShare < 128 * 1024 * 1024) {
                problems.add(name + ": a heap of " + (long) (limit * heapShare) / (1024 * 1024) + " MiB, under 128");
            }
            List<String> collectors =
                    options.stream().filter(o -> o.matches("-XX:\\+Use\\w+GC")).toList();
            if (!collectors.equals(List.of("-XX:+UseSerialGC"))
                    || !"-XX:+UseSerialGC".equals(env.get("GC_CONTAINER_OPTIONS"))) {
                problems.add(name + ": collectors " + collectors + ", expected GC_CONTAINER_OPTIONS=-XX:+UseSerialGC");
            }
            if (!"2".equals(env.get("MALLOC_ARENA_MAX"))) {
                problems.add(name + ": MALLOC_ARENA_MAX is " + env.get("MALLOC_ARENA_MAX") + ", expected 2");
            }
            if (!"1".equals(ContainerJvm.option(options, "TieredStopAtLevel"))) {
                problems.add(name + ": C2 compiles too (-XX:TieredStopAtLevel=1 keeps to C1)");
            }
            String trim = ContainerJvm.option(options, "TrimNativeHeapInterval");
            if (trim == null || Long.parseLong(trim) <= 0) {
                problems.add(name + ": freed native memory is kept (-XX:TrimNativeHeapInterval)");
            }
            if (!options.contains("-XX:+ExitOnOutOfMemoryError")) {
                problems.add(name + ": the JVM does not exit on OutOfMemoryError (the pod would limp on)");
            }
        }
        assertNoProblems(overlay, problems);
    }

    /**
     * {@code ./switchboard up} runs each service as the dev overlay's Deployments do: the same heap (fixed, as a
     * workstation has no container limit), the same collector and options, the same malloc arenas.
     */
    @Test
    void theLocalLauncherRunsTheServicesAsTheDevDeploymentsDo() {
        Rendered rendered = render(
                overlays().filter(o -> o.name().equals("dev")).findFirst().orElseThrow());
        StackConfig launcher = StackConfig.fromEnvironment(ROOT, Map.of());
        List<String> problems = new ArrayList<>();
        for (String name : PORTS.keySet()) {
            Map<String, String> env = rendered.environment(name);
            JsonNode container = rendered.get("Deployment", name).at("/spec/template/spec/containers/0");
            List<String> options = ContainerJvm.imageOptions(env);
            long limit = ContainerJvm.memoryBytes(
                    container.at("/resources/limits/memory").asText("0"));
            long heapMiB = (long) (limit * Double.parseDouble(ContainerJvm.option(options, "MaxRAMPercentage")) / 100)
                    / (1024 * 1024);
            List<String> expected = new ArrayList<>();
            expected.add("-Xmx" + heapMiB + "m");
            expected.addAll(List.of(env.getOrDefault("GC_CONTAINER_OPTIONS", "").split("\\s+")));
            for (String option : env.getOrDefault("JAVA_OPTS_APPEND", "").split("\\s+")) {
                // The heap share becomes -Xmx; the rest of the launcher's defaults are the Deployment's own.
                boolean local = option.startsWith("-XX:MaxRAMPercentage=")
                        || option.equals("-XX:+ExitOnOutOfMemoryError")
                        || option.startsWith("-Djava.io.tmpdir=");
                if (!local && !option.isEmpty()) {
                    expected.add(option);
                }
            }
            if (!launcher.jvm().options().equals(expected)) {
                problems.add(name + ": the launcher runs " + launcher.jvm().options() + ", the Deployment " + expected);
            }
            if (!launcher.jvm().environment().get("MALLOC_ARENA_MAX").equals(env.get("MALLOC_ARENA_MAX"))) {
                problems.add(name + ": the launcher's MALLOC_ARENA_MAX differs from the Deployment's");
            }
        }
        assertNoProblems(new Overlay("dev", projectVersion(), 1, 1, 1), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasItsServiceDisruptionBudgetAccountConfigAndSecrets(Overlay overlay) {
        Rendered rendered = render(overlay);
        Set<String> externalSecretTargets = rendered.all("ExternalSecret").stream()
                .map(es -> es.at("/spec/target/name").asText(name(es)))
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (String name : PORTS.keySet()) {
            JsonNode deployment = rendered.get("Deployment", name);
            JsonNode pod = deployment.at("/spec/template/spec");
            Map<String, String> podLabels = labels(deployment.at("/spec/template/metadata/labels"));

            JsonNode service = rendered.find("Service", name).orElse(null);
            if (service == null) {
                problems.add(name + ": no Service");
            } else {
                if (!selects(service.at("/spec/selector"), podLabels)) {
                    problems.add(name + ": the Service does not select the Deployment's pods");
                }
                if (stream(service.at("/spec/ports"))
                        .noneMatch(p -> p.path("port").asInt() == PORTS.get(name))) {
                    problems.add(name + ": the Service does not expose port " + PORTS.get(name));
                }
            }
            JsonNode budget = rendered.find("PodDisruptionBudget", name).orElse(null);
            if (budget == null || !selects(budget.at("/spec/selector/matchLabels"), podLabels)) {
                problems.add(name + ": no PodDisruptionBudget selecting its pods");
            }
            String account = pod.path("serviceAccountName").asText("");
            if (!account.equals(name)
                    || rendered.find("ServiceAccount", account).isEmpty()) {
                problems.add(name + ": no ServiceAccount of its own");
            }
            if (rendered.find("NetworkPolicy", name)
                    .filter(policy -> selects(policy.at("/spec/podSelector/matchLabels"), podLabels))
                    .isEmpty()) {
                problems.add(name + ": no NetworkPolicy selecting its pods");
            }
            if (rendered.find("ConfigMap", name).isEmpty()) {
                problems.add(name + ": no ConfigMap of its own");
            }
            JsonNode container = pod.path("containers").get(0);
            for (String configMap : references(container, "configMapRef", "configMapKeyRef")) {
                if (rendered.find("ConfigMap", configMap).isEmpty()) {
                    problems.add(name + ": ConfigMap " + configMap + " is referenced but not defined");
                }
            }
            Set<String> secrets = references(container, "secretRef", "secretKeyRef");
            for (String secret : secrets) {
                if (!externalSecretTargets.contains(secret)) {
                    problems.add(name + ": secret " + secret + " does not come from an ExternalSecret");
                }
            }
            if (secrets.isEmpty()) {
                problems.add(name + ": no secrets at all (an ExternalSecret per service)");
            }
        }
        assertNoProblems(overlay, problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceGetsTheConfigurationItNeeds(Overlay overlay) {
        Rendered rendered = render(overlay);
        String bootstrap = bootstrapServers(rendered);
        List<String> problems = new ArrayList<>();
        for (String name : PORTS.keySet()) {
            Map<String, String> env = rendered.environment(name);
            Map<String, String> secretKeys = rendered.secretKeys(name);
            Service service = Service.of(name);
            require(env, "KAFKA_BOOTSTRAP_SERVERS", bootstrap, name, problems);
            if (!name.equals(INGEST)) {
                requirePresent(env, "MP_JWT_VERIFY_ISSUER", name, problems);
                requirePresent(env, "MP_JWT_VERIFY_PUBLICKEY_LOCATION", name, problems);
            }
            if (service.database() != null) {
                String cluster = name(rendered.only("Cluster"));
                require(
                        env,
                        "QUARKUS_DATASOURCE_REACTIVE_URL",
                        "postgresql://" + cluster + "-rw:5432/" + service.database(),
                        name,
                        problems);
                require(
                        env,
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "jdbc:postgresql://" + cluster + "-rw:5432/" + service.database(),
                        name,
                        problems);
                require(env, "QUARKUS_DATASOURCE_USERNAME", service.username(), name, problems);
                if (!secretKeys.containsKey("QUARKUS_DATASOURCE_PASSWORD")) {
                    problems.add(name + ": QUARKUS_DATASOURCE_PASSWORD does not come from a secret");
                }
            }
            if (ZOOM_CALLERS.contains(name)) {
                require(env, "SWITCHBOARD_CONNECTION_SERVICE_URL", "http://" + CONNECTION + ":8081", name, problems);
                requirePresent(env, "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", name, problems);
                require(env, "QUARKUS_OIDC_CLIENT_CLIENT_ID", name, name, problems);
                requirePresent(env, "SWITCHBOARD_ZOOM_API_BASE_URL", name, problems);
                if (!rendered.externalSecretKeys(name).contains("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET")) {
                    problems.add(name + ": the OIDC client secret is not in its ExternalSecret");
                }
            }
            if (name.equals(CONNECTION)) {
                requirePresent(env, "SWITCHBOARD_ZOOM_API_BASE_URL", name, problems);
                requirePresent(env, "SWITCHBOARD_ZOOM_OAUTH_BASE_URL", name, problems);
                requirePresent(env, "SWITCHBOARD_ZOOM_REDIRECT_URI", name, problems);
                if (!rendered.externalSecretKeys(name).contains("SWITCHBOARD_ZOOM_CLIENT_SECRET")) {
                    problems.add(name + ": the Zoom client secret is not in its ExternalSecret");
                }
            }
            if (name.equals(CONNECTION) || name.equals(INGEST)) {
                // The keyring (SWITCHBOARD_CONNECTION_ENCRYPTION_KEYS_<ID>) and the webhook secrets
                // (SWITCHBOARD_WEBHOOK_SECRETS_<APPKEY>) have names of the operator's choosing: extracted whole.
                boolean extracted = rendered.find("ExternalSecret", name)
                        .map(es -> stream(es.at("/spec/dataFrom")).anyMatch(from -> from.has("extract")))
                        .orElse(false);
                if (!extracted) {
                    problems.add(name + ": its ExternalSecret does not extract the "
                            + (name.equals(INGEST) ? "webhook secrets" : "encryption keyring"));
                }
            }
        }
        assertNoProblems(overlay, problems);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Scaling

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceScalesOnItsOwn(Overlay overlay) {
        Rendered rendered = render(overlay);
        String bootstrap = bootstrapServers(rendered);
        List<String> problems = new ArrayList<>();
        for (String name : PORTS.keySet()) {
            if (rendered.get("Deployment", name).at("/spec/replicas").isNumber()) {
                problems.add(name + ": the Deployment sets replicas, which every apply would force on the autoscaler");
            }
            Service service = Service.of(name);
            if (service.consumedTopics().isEmpty()) {
                JsonNode hpa = rendered.find("HorizontalPodAutoscaler", name).orElse(null);
                if (hpa == null || !hpa.path("apiVersion").asText().equals("autoscaling/v2")) {
                    problems.add(name + ": no autoscaling/v2 HorizontalPodAutoscaler");
                    continue;
                }
                if (!hpa.at("/spec/scaleTargetRef/name").asText().equals(name)) {
                    problems.add(name + ": its HPA scales " + hpa.at("/spec/scaleTargetRef/name"));
                }
                boolean byCpu = stream(hpa.at("/spec/metrics"))
                        .anyMatch(m -> m.at("/resource/name").asText().equals("cpu"));
                if (!byCpu) {
                    problems.add(name + ": its HPA does not scale by CPU");
                }
                bounds(name, hpa.at("/spec/minReplicas").asInt(1), hpa.at("/spec/maxReplicas"), overlay, problems);
                continue;
            }
            JsonNode scaled = rendered.find("ScaledObject", name).orElse(null);
            if (scaled == null || !scaled.path("apiVersion").asText().equals("keda.sh/v1alpha1")) {
                problems.add(name + ": no keda.sh/v1alpha1 ScaledObject");
                continue;
            }
            if (!scaled.at("/spec/scaleTargetRef/name").asText().equals(name)) {
                problems.add(name + ": its ScaledObject scales " + scaled.at("/spec/scaleTargetRef/name"));
            }
            bounds(
                    name,
                    scaled.at("/spec/minReplicaCount").asInt(0),
                    scaled.at("/spec/maxReplicaCount"),
                    overlay,
                    problems);
            Set<String> triggered = new TreeSet<>();
            for (JsonNode trigger : scaled.at("/spec/triggers")) {
                if (!trigger.path("type").asText().equals("kafka")) {
                    continue;
                }
                JsonNode metadata = trigger.path("metadata");
                triggered.add(metadata.path("topic").asText());
                if (!metadata.path("consumerGroup").asText().equals(service.groupId())) {
                    problems.add(name + ": trigger on " + metadata.path("topic").asText() + " watches group "
                            + metadata.path("consumerGroup").asText() + ", the service's group.id is "
                            + service.groupId());
                }
                if (!metadata.path("bootstrapServers").asText().equals(bootstrap)) {
                    problems.add(name + ": a trigger reads lag from "
                            + metadata.path("bootstrapServers").asText());
                }
                if (!metadata.path("lagThreshold").asText().matches("[1-9][0-9]*")) {
                    problems.add(name + ": a trigger has no lagThreshold");
                }
            }
            if (!triggered.equals(service.consumedTopics())) {
                problems.add(name + ": lag triggers on " + triggered + ", but it consumes " + service.consumedTopics());
            }
        }
        assertNoProblems(overlay, problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyTopicHasAtLeastAsManyPartitionsAsEachOfItsConsumersHasReplicas(Overlay overlay) {
        Rendered rendered = render(overlay);
        Map<String, Integer> partitions = new HashMap<>();
        rendered.all("KafkaTopic")
                .forEach(t ->
                        partitions.put(topicName(t), t.at("/spec/partitions").asInt(0)));
        List<String> problems = new ArrayList<>();
        for (String name : PORTS.keySet()) {
            int max = rendered.maxReplicas(name);
            Service service = Service.of(name);
            for (String topic : service.consumedTopics()) {
                Integer count = partitions.get(topic);
                int perReplica = service.consumersPerReplica().get(topic);
                if (count == null) {
                    problems.add(topic + " (consumed by " + name + ") is not a KafkaTopic");
                } else if (count < max * perReplica) {
                    problems.add(topic + " has " + count + " partitions, but " + name + " scales to " + max
                            + " replicas of " + perReplica + " consumer(s) each: raise the partitions first");
                }
            }
        }
        assertNoProblems(overlay, problems);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Kafka and PostgreSQL

    @ParameterizedTest
    @MethodSource("overlays")
    void everyTopicOfTheContractIsAKafkaTopic(Overlay overlay) {
        Rendered rendered = render(overlay);
        String kafka = name(rendered.only("Kafka"));
        Map<String, JsonNode> topics = new TreeMap<>();
        rendered.all("KafkaTopic").forEach(t -> topics.put(topicName(t), t));
        Set<String> expected =
                Topics.all().stream().map(TopicSpec::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(topics.keySet());
        Set<String> extra = new TreeSet<>(topics.keySet());
        extra.removeAll(expected);
        assertTrue(
                missing.isEmpty() && extra.isEmpty(),
                "the KafkaTopics are exactly Topics.all(): missing " + missing + ", not in the contract " + extra);
        List<String> problems = new ArrayList<>();
        for (TopicSpec spec : Topics.all()) {
            JsonNode topic = topics.get(spec.name());
            if (!topic.at("/metadata/labels/strimzi.io~1cluster").asText().equals(kafka)) {
                problems.add(spec.name() + ": not labelled for the Kafka " + kafka);
            }
            if (topic.at("/spec/partitions").asInt(0) < 1) {
                problems.add(spec.name() + ": no partitions");
            }
            String policy = topic.at("/spec/config/cleanup.policy").asText("");
            if (!policy.equals(spec.compacted() ? "compact" : "delete")) {
                problems.add(spec.name() + ": cleanup.policy " + policy + ", the contract says "
                        + (spec.compacted() ? "compacted" : "not compacted"));
            }
            if (text(topic.at("/spec/config/retention.ms")).isEmpty()) {
                problems.add(spec.name() + ": no retention.ms");
            }
            JsonNode replicas = topic.at("/spec/replicas");
            if (replicas.isNumber() && replicas.asInt() > overlay.brokers()) {
                problems.add(spec.name() + ": " + replicas.asInt() + " replicas on " + overlay.brokers() + " brokers");
            }
        }
        assertNoProblems(overlay, problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void kafkaRunsInKraftModeWithTheOverlaysBrokers(Overlay overlay) {
        Rendered rendered = render(overlay);
        JsonNode kafka = rendered.only("Kafka");
        assertEquals("kafka.strimzi.io/v1beta2", kafka.path("apiVersion").asText());
        assertEquals(
                "enabled", kafka.at("/metadata/annotations/strimzi.io~1kraft").asText(), "KRaft mode");
        assertEquals(
                "enabled",
                kafka.at("/metadata/annotations/strimzi.io~1node-pools").asText(),
                "node pools");
        assertTrue(kafka.at("/spec/zookeeper").isMissingNode(), "no ZooKeeper");
        List<JsonNode> pools = rendered.all("KafkaNodePool").stream()
                .filter(pool ->
                        pool.at("/metadata/labels/strimzi.io~1cluster").asText().equals(name(kafka)))
                .toList();
        int brokers = pools.stream()
                .filter(pool -> texts(pool.at("/spec/roles")).contains("broker"))
                .mapToInt(pool -> pool.at("/spec/replicas").asInt())
                .sum();
        int controllers = pools.stream()
                .filter(pool -> texts(pool.at("/spec/roles")).contains("controller"))
                .mapToInt(pool -> pool.at("/spec/replicas").asInt())
                .sum();
        assertEquals(overlay.brokers(), brokers, "brokers");
        assertTrue(controllers >= 1 && controllers % 2 == 1, "an odd number of KRaft controllers: " + controllers);
        JsonNode config = kafka.at("/spec/kafka/config");
        int replication = config.path("default.replication.factor").asInt(0);
        int minInSync = config.path("min.insync.replicas").asInt(0);
        assertTrue(replication >= 1 && replication <= brokers, "default.replication.factor " + replication);
        assertTrue(minInSync >= 1 && minInSync <= replication, "min.insync.replicas " + minInSync);
        if (brokers >= 3) {
            assertTrue(replication >= 3 && minInSync >= 2, "three brokers: replication 3, min.insync 2");
            assertTrue(minInSync < replication, "one broker may be down without refusing writes (acks=all)");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void postgresHasADatabaseAndARolePerService(Overlay overlay) {
        Rendered rendered = render(overlay);
        JsonNode cluster = rendered.only("Cluster");
        assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
        assertEquals(overlay.postgresInstances(), cluster.at("/spec/instances").asInt(), "PostgreSQL instances");
        Set<String> externalSecretTargets = rendered.all("ExternalSecret").stream()
                .map(es -> es.at("/spec/target/name").asText())
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (String name : PORTS.keySet()) {
            Service service = Service.of(name);
            if (service.database() == null) {
                continue;
            }
            Optional<JsonNode> role = stream(cluster.at("/spec/managed/roles"))
                    .filter(r -> r.path("name").asText().equals(service.username()))
                    .findFirst();
            if (role.isEmpty() || !role.get().path("login").asBoolean(false)) {
                problems.add(name + ": no login role " + service.username());
            } else {
                String secret = role.get().at("/passwordSecret/name").asText();
                if (!externalSecretTargets.contains(secret)) {
                    problems.add(name + ": the role's password secret " + secret + " is no ExternalSecret's");
                }
                if (!secret.equals(rendered.secretKeys(name).get("QUARKUS_DATASOURCE_PASSWORD"))) {
                    problems.add(name + ": the service reads its password from another secret than its role's");
                }
            }
            boolean database = rendered.all("Database").stream()
                    .anyMatch(db -> db.path("apiVersion").asText().equals("postgresql.cnpg.io/v1")
                            && db.at("/spec/name").asText().equals(service.database())
                            && db.at("/spec/owner").asText().equals(service.username())
                            && db.at("/spec/cluster/name").asText().equals(name(cluster)));
            if (!database) {
                problems.add(name + ": no Database " + service.database() + " owned by " + service.username());
            }
        }
        assertNoProblems(overlay, problems);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Secrets and network

    @ParameterizedTest
    @MethodSource("overlays")
    void noSecretValueIsCommitted(Overlay overlay) {
        Rendered rendered = render(overlay);
        List<String> problems = new ArrayList<>();
        for (JsonNode object : rendered.objects()) {
            String kind = object.path("kind").asText();
            String where = kind + " " + name(object);
            if (kind.equals("Secret") && (object.has("data") || object.has("stringData"))) {
                problems.add(where + ": a Secret with values; reference one through an ExternalSecret");
            }
            if (kind.equals("ConfigMap")) {
                object.path("data").properties().forEach(entry -> {
                    if (SENSITIVE_NAME.matcher(entry.getKey()).matches()) {
                        problems.add(where + ": " + entry.getKey() + " belongs in a secret");
                    }
                    if (KEY_LIKE.matcher(entry.getValue().asText().trim()).matches()) {
                        problems.add(where + ": " + entry.getKey() + " looks like a key");
                    }
                });
            }
            if (kind.equals("ExternalSecret")) {
                object.at("/spec/target/template/data").properties().forEach(entry -> {
                    if (!entry.getKey().equals("username")
                            && !entry.getValue().asText().contains("{{")) {
                        problems.add(where + ": template value " + entry.getKey() + " is a literal");
                    }
                });
            }
            for (JsonNode container : object.at("/spec/template/spec/containers")) {
                for (JsonNode variable : container.path("env")) {
                    if (variable.has("value")
                            && SENSITIVE_NAME
                                    .matcher(variable.path("name").asText())
                                    .matches()) {
                        problems.add(where + ": " + variable.path("name").asText() + " is a literal");
                    }
                }
            }
        }
        // The development defaults of application.properties (change-me, test keys) must not travel.
        for (String value : Service.developmentSecrets()) {
            if (rendered.text().contains(value)) {
                problems.add("the development secret '" + value + "' of an application.properties is rendered");
            }
        }
        assertNoProblems(overlay, problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesOpenOnlyWhatTheDesignNeeds(Overlay overlay) {
        Rendered rendered = render(overlay);
        String kafka = name(rendered.only("Kafka"));
        String cluster = name(rendered.only("Cluster"));
        List<String> problems = new ArrayList<>();
        for (String name : PORTS.keySet()) {
            JsonNode policy = rendered.get("NetworkPolicy", name);
            Set<String> types = texts(policy.at("/spec/policyTypes"));
            if (!types.containsAll(Set.of("Ingress", "Egress"))) {
                problems.add(name + ": the policy must restrict both Ingress and Egress, not " + types);
            }
            boolean fromOutside = false;
            Set<String> fromServices = new TreeSet<>();
            for (JsonNode rule : policy.at("/spec/ingress")) {
                if (rule.path("from").isEmpty()) {
                    problems.add(name + ": an ingress rule open to every source");
                }
                for (JsonNode peer : rule.path("from")) {
                    if (peer.has("namespaceSelector") || peer.has("ipBlock")) {
                        fromOutside = true;
                    }
                    String app = peer.at("/podSelector/matchLabels/app.kubernetes.io~1name")
                            .asText("");
                    if (!app.isEmpty() && !peer.has("namespaceSelector")) {
                        fromServices.add(app);
                    }
                }
                for (JsonNode port : rule.path("ports")) {
                    if (port.path("port").asInt() != PORTS.get(name)) {
                        problems.add(
                                name + ": ingress on port " + port.path("port").asText());
                    }
                }
            }
            if (fromOutside != PUBLIC.contains(name)) {
                problems.add(name + (fromOutside ? ": reachable" : ": not reachable") + " from outside the namespace");
            }
            Set<String> expectedCallers = name.equals(CONNECTION) ? new TreeSet<>(ZOOM_CALLERS) : Set.of();
            if (!fromServices.equals(expectedCallers)) {
                problems.add(name + ": accepts calls from " + fromServices + ", expected " + expectedCallers);
            }
            Egress egress = Egress.of(policy);
            if (!egress.podPorts().contains("strimzi.io/cluster=" + kafka + ":9092")) {
                problems.add(name + ": no egress to Kafka");
            }
            boolean toDatabase = egress.podPorts().contains("cnpg.io/cluster=" + cluster + ":5432");
            if (toDatabase != (Service.of(name).database() != null)) {
                problems.add(name
                        + (toDatabase ? ": egress to PostgreSQL without a database" : ": no egress to PostgreSQL"));
            }
            boolean toConnection = egress.podPorts().contains("app.kubernetes.io/name=" + CONNECTION + ":8081");
            if (toConnection != ZOOM_CALLERS.contains(name)) {
                problems.add(
                        name + (toConnection ? ": may call connection-service" : ": cannot call connection-service"));
            }
            boolean calledOut = egress.externalPorts().contains(443);
            boolean callsOut = ZOOM_CALLERS.contains(name) || name.equals(CONNECTION);
            if (calledOut != callsOut) {
                problems.add(name + (calledOut ? ": egress to the internet it does not need" : ": cannot reach Zoom"));
            }
            if (egress.openToAll()) {
                problems.add(name + ": an egress rule open to every destination and port");
            }
        }
        assertNoProblems(overlay, problems);
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the services say about themselves

    /** A service as its application.properties describes it (profile-specific lines left out). */
    record Service(
            String name,
            String applicationName,
            String groupId,
            Set<String> consumedTopics,
            Map<String, Integer> consumersPerReplica,
            String database,
            String username) {

        private static final Map<String, Service> CACHE = new ConcurrentHashMap<>();

        static Service of(String name) {
            return CACHE.computeIfAbsent(name, Service::read);
        }

        private static Service read(String name) {
            Properties properties = properties(name);
            Set<String> topics = new TreeSet<>();
            Map<String, Integer> consumers = new TreeMap<>();
            Set<String> groups = new TreeSet<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) {
                    String topic = properties.getProperty(key).trim();
                    topics.add(topic);
                    // A channel's `concurrency` runs that many Kafka consumers per replica in the same group.
                    String channel = key.substring(0, key.length() - ".topic".length());
                    int concurrency = Integer.parseInt(
                            resolve(properties, properties.getProperty(channel + ".concurrency", "1")));
                    consumers.merge(topic, concurrency, Integer::sum);
                }
                if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                    groups.add(properties.getProperty(key).trim());
                }
            }
            assertTrue(groups.size() <= 1, name + " consumes under one group.id, not " + groups);
            String url = properties.getProperty("quarkus.datasource.jdbc.url");
            String database = url == null ? null : url.substring(url.lastIndexOf('/') + 1);
            return new Service(
                    name,
                    properties.getProperty("quarkus.application.name"),
                    groups.isEmpty() ? null : groups.iterator().next(),
                    topics,
                    consumers,
                    database,
                    properties.getProperty("quarkus.datasource.username"));
        }

        /** A value with its {@code ${key}} and {@code ${key:default}} expressions resolved from the same file. */
        private static String resolve(Properties properties, String value) {
            Matcher expression = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}").matcher(value.trim());
            StringBuilder resolved = new StringBuilder();
            while (expression.find()) {
                String replacement = properties.getProperty(expression.group(1), expression.group(2));
                assertNotNull(replacement, "cannot resolve " + expression.group() + " in " + value);
                expression.appendReplacement(resolved, Matcher.quoteReplacement(resolve(properties, replacement)));
            }
            expression.appendTail(resolved);
            return resolved.toString().trim();
        }

        /** Secret-looking values of every service's application.properties, its test profile included. */
        static Set<String> developmentSecrets() {
            Set<String> values = new TreeSet<>();
            for (String name : PORTS.keySet()) {
                Properties properties = properties(name, true);
                String username = properties.getProperty("quarkus.datasource.username", "");
                for (String key : properties.stringPropertyNames()) {
                    String value = properties.getProperty(key).trim();
                    boolean secret = SENSITIVE_NAME.matcher(key).matches()
                            || key.contains("encryption.keys.")
                            || key.contains("webhook.secrets.");
                    if (secret && !key.endsWith(".valid-until")) {
                        if (value.length() >= 6 && !value.equals(username)) {
                            values.add(value);
                        }
                    }
                }
            }
            return values;
        }

        private static Properties properties(String name) {
            return properties(name, false);
        }

        private static Properties properties(String name, boolean withProfiles) {
            Path file = ROOT.resolve(name).resolve("src/main/resources/application.properties");
            Properties all = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                all.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
            Properties result = new Properties();
            for (String key : all.stringPropertyNames()) {
                if (!key.startsWith("%")) {
                    result.setProperty(key, all.getProperty(key));
                } else if (withProfiles) {
                    result.setProperty(key.substring(key.indexOf('.') + 1), all.getProperty(key));
                }
            }
            return result;
        }
    }

    /** The destinations a NetworkPolicy lets its pods reach. */
    record Egress(Set<String> podPorts, Set<Integer> externalPorts, boolean openToAll) {

        static Egress of(JsonNode policy) {
            Set<String> podPorts = new TreeSet<>();
            Set<Integer> externalPorts = new TreeSet<>();
            boolean openToAll = false;
            for (JsonNode rule : policy.at("/spec/egress")) {
                List<Integer> ports = stream(rule.path("ports"))
                        .map(p -> p.path("port").asInt())
                        .toList();
                if (rule.path("to").isEmpty() && ports.isEmpty()) {
                    openToAll = true;
                }
                for (JsonNode peer : rule.path("to")) {
                    if (peer.has("ipBlock")) {
                        externalPorts.addAll(ports);
                    } else if (!peer.has("namespaceSelector")) {
                        peer.at("/podSelector/matchLabels")
                                .properties()
                                .forEach(label -> ports.forEach(port -> podPorts.add(
                                        label.getKey() + "=" + label.getValue().asText() + ":" + port)));
                    }
                }
            }
            return new Egress(podPorts, externalPorts, openToAll);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rendering

    /** The objects of one rendered overlay. */
    record Rendered(String overlay, String text, List<JsonNode> objects) {

        List<JsonNode> all(String kind) {
            return objects.stream()
                    .filter(o -> o.path("kind").asText().equals(kind))
                    .toList();
        }

        Optional<JsonNode> find(String kind, String name) {
            return all(kind).stream().filter(o -> name(o).equals(name)).findFirst();
        }

        JsonNode get(String kind, String name) {
            return find(kind, name).orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
        }

        JsonNode only(String kind) {
            List<JsonNode> found = all(kind);
            assertEquals(1, found.size(), overlay + ": exactly one " + kind);
            return found.get(0);
        }

        /** A service's literal environment: its ConfigMaps (envFrom, in order), then its env values. */
        Map<String, String> environment(String service) {
            JsonNode container = get("Deployment", service).at("/spec/template/spec/containers/0");
            Map<String, String> env = new LinkedHashMap<>();
            for (JsonNode from : container.path("envFrom")) {
                String configMap = from.at("/configMapRef/name").asText("");
                if (!configMap.isEmpty()) {
                    find("ConfigMap", configMap)
                            .ifPresent(cm -> cm.path("data")
                                    .properties()
                                    .forEach(e ->
                                            env.put(e.getKey(), e.getValue().asText())));
                }
            }
            for (JsonNode variable : container.path("env")) {
                if (variable.has("value")) {
                    env.put(
                            variable.path("name").asText(),
                            variable.path("value").asText());
                }
            }
            return env;
        }

        /** A service's variables that come from a secret key: variable name to secret name. */
        Map<String, String> secretKeys(String service) {
            JsonNode container = get("Deployment", service).at("/spec/template/spec/containers/0");
            Map<String, String> keys = new TreeMap<>();
            for (JsonNode variable : container.path("env")) {
                String secret = variable.at("/valueFrom/secretKeyRef/name").asText("");
                if (!secret.isEmpty()) {
                    keys.put(variable.path("name").asText(), secret);
                }
            }
            return keys;
        }

        /** The keys the service's ExternalSecret (named after the service) writes by name. */
        Set<String> externalSecretKeys(String service) {
            return find("ExternalSecret", service)
                    .map(es -> stream(es.at("/spec/data"))
                            .map(d -> d.path("secretKey").asText())
                            .collect(Collectors.toSet()))
                    .orElse(Set.of());
        }

        /** The most replicas a service can run: its autoscaler's maximum, else the Deployment's count. */
        int maxReplicas(String service) {
            return find("ScaledObject", service)
                    .map(s -> s.at("/spec/maxReplicaCount").asInt(100))
                    .or(() -> find("HorizontalPodAutoscaler", service)
                            .map(h -> h.at("/spec/maxReplicas").asInt()))
                    .orElseGet(() ->
                            get("Deployment", service).at("/spec/replicas").asInt(1));
        }
    }

    private static Rendered render(Overlay overlay) {
        return RENDERED.computeIfAbsent(overlay.name(), KubernetesManifestsTest::render);
    }

    private static Rendered render(String overlay) {
        String kubectl = kubectl();
        Path directory = K8S.resolve("overlays").resolve(overlay);
        try {
            Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Path err = Files.createTempFile("kustomize-" + overlay, ".err");
            try {
                Process process = new ProcessBuilder(kubectl, "kustomize", directory.toString())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    fail("kubectl kustomize " + directory + " did not finish within 2 minutes");
                }
                String stderr = Files.readString(err);
                if (process.exitValue() != 0) {
                    fail("kubectl kustomize " + directory + " failed (" + process.exitValue() + "):\n" + stderr);
                }
                String text = Files.readString(out);
                List<JsonNode> objects = new ArrayList<>();
                try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text)) {
                    while (documents.hasNext()) {
                        JsonNode document = documents.next();
                        if (document != null && document.has("kind")) {
                            objects.add(document);
                        }
                    }
                }
                assertFalse(objects.isEmpty(), overlay + " renders nothing");
                return new Rendered(overlay, text, List.copyOf(objects));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kubectl from {@code KUBECTL} or the PATH; missing: a failure on CI, a skip elsewhere. */
    private static String kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, "kubectl"))) {
                return Path.of(directory, "kubectl").toString();
            }
        }
        String message = "kubectl is not on the PATH, so deploy/k8s cannot be rendered (.ci/run installs it)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message + "; skipped outside CI");
        throw new AssertionError("unreachable");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers

    private static void probe(JsonNode container, String probe, String path, String where, List<String> problems) {
        JsonNode node = container.path(probe);
        if (node.isMissingNode() || node.isNull()) {
            problems.add(where + ": no " + probe);
            return;
        }
        if (path != null && !node.at("/httpGet/path").asText().equals(path)) {
            problems.add(
                    where + ": " + probe + " on " + node.at("/httpGet/path").asText() + ", expected " + path);
        }
    }

    private static void bounds(String name, int min, JsonNode maxNode, Overlay overlay, List<String> problems) {
        if (!maxNode.isNumber()) {
            problems.add(name + ": no maximum replica count");
            return;
        }
        int max = maxNode.asInt();
        if (min < 1 || min > max) {
            problems.add(name + ": replicas between " + min + " and " + max);
        }
        if (min < overlay.minReplicas()) {
            problems.add(
                    name + ": at least " + overlay.minReplicas() + " replicas in " + overlay.name() + ", not " + min);
        }
    }

    private static void require(Map<String, String> env, String key, String value, String name, List<String> out) {
        if (!value.equals(env.get(key))) {
            out.add(name + ": " + key + " is " + env.get(key) + ", expected " + value);
        }
    }

    private static void requirePresent(Map<String, String> env, String key, String name, List<String> out) {
        if (env.getOrDefault(key, "").isBlank()) {
            out.add(name + ": " + key + " is not set");
        }
    }

    private static String bootstrapServers(Rendered rendered) {
        return name(rendered.only("Kafka")) + "-kafka-bootstrap:9092";
    }

    private static Set<String> references(JsonNode container, String fromKind, String keyKind) {
        Set<String> names = new TreeSet<>();
        stream(container.path("envFrom"))
                .map(from -> from.at("/" + fromKind + "/name").asText(""))
                .filter(n -> !n.isEmpty())
                .forEach(names::add);
        stream(container.path("env"))
                .map(variable -> variable.at("/valueFrom/" + keyKind + "/name").asText(""))
                .filter(n -> !n.isEmpty())
                .forEach(names::add);
        return names;
    }

    private static boolean selects(JsonNode selector, Map<String, String> podLabels) {
        Map<String, String> wanted = labels(selector);
        return !wanted.isEmpty()
                && wanted.entrySet().stream().allMatch(e -> e.getValue().equals(podLabels.get(e.getKey())));
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new TreeMap<>();
        node.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static Optional<String> env(JsonNode container, String name) {
        return stream(container.path("env"))
                .filter(variable -> variable.path("name").asText().equals(name))
                .map(variable -> variable.path("value").asText())
                .findFirst();
    }

    private static String topicName(JsonNode topic) {
        return topic.at("/spec/topicName").asText(name(topic));
    }

    private static String name(JsonNode object) {
        return object.at("/metadata/name").asText();
    }

    private static Set<String> names(List<JsonNode> objects) {
        return objects.stream().map(KubernetesManifestsTest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    private static Set<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).collect(Collectors.toSet());
    }

    private static Stream<JsonNode> stream(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false);
    }

    private static void assertNoProblems(Overlay overlay, List<String> problems) {
        if (!problems.isEmpty()) {
            fail("overlays/" + overlay.name() + ":\n  " + String.join("\n  ", problems));
        }
    }

    private static Map<String, Integer> orderedMap(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    /** The checkout: the first folder upwards from the working directory that holds deploy/k8s. */
    private static Path repositoryRoot() {
        Path here = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("deploy/k8s"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no deploy/k8s above " + here);
    }

    /** The {@code <properties>} of the root pom's profile {@code id}. */
    private static Map<String, String> profileProperties(String id) {
        try {
            Document pom = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(ROOT.resolve("pom.xml").toFile());
            NodeList profiles = pom.getElementsByTagName("profile");
            for (int i = 0; i < profiles.getLength(); i++) {
                Element profile = (Element) profiles.item(i);
                if (!id.equals(childText(profile, "id"))) {
                    continue;
                }
                Map<String, String> properties = new TreeMap<>();
                NodeList children = profile.getElementsByTagName("properties");
                assertEquals(1, children.getLength(), "profile " + id + " has one <properties>");
                NodeList entries = children.item(0).getChildNodes();
                for (int j = 0; j < entries.getLength(); j++) {
                    if (entries.item(j) instanceof Element entry) {
                        properties.put(
                                entry.getTagName(), entry.getTextContent().trim());
                    }
                }
                return properties;
            }
            throw new AssertionError("the root pom has no profile " + id);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the root pom", e);
        }
    }

    private static String childText(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }

    /** The project's version from the root pom: the tag of the dev overlay's images. */
    private static String projectVersion() {
        try {
            String pom = Files.readString(ROOT.resolve("pom.xml"));
            Matcher matcher = Pattern.compile(
                            "<artifactId>switchboard-parent</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(pom);
            assertTrue(matcher.find(), "the root pom names switchboard-parent's version");
            assertNotNull(matcher.group(1));
            return matcher.group(1).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
