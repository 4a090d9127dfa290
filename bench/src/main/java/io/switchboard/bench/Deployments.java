package io.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.switchboard.deploy.ContainerJvm;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The services' Deployments in deploy/k8s, and the JVM that each one's container runs: an overlay rendered with
 * {@code kubectl kustomize}, or without kubectl the base's files (which the dev overlay does not resize).
 */
final class Deployments {

    private static final YAMLMapper YAML = new YAMLMapper();

    /** One service's container: its limits and its JVM. */
    record Deployment(String name, String memoryLimit, String cpuLimit, ContainerJvm jvm) {}

    private Deployments() {}

    /** The Deployments of {@code overlay} ({@code dev} or {@code prod}), by name. */
    static Map<String, Deployment> of(Path repository, String overlay) throws IOException {
        Path k8s = repository.resolve("deploy/k8s");
        String text;
        Path kubectl = kubectl();
        if (kubectl != null) {
            text = render(kubectl, k8s.resolve("overlays").resolve(overlay));
        } else if (overlay.equals("dev")) {
            System.out.println("kubectl is not on the PATH: reading deploy/k8s/base (dev does not resize it)");
            text = Files.readString(k8s.resolve("base/common.yaml"), StandardCharsets.UTF_8) + "\n---\n"
                    + base(k8s.resolve("base/services"));
        } else {
            throw new IllegalStateException("kubectl is needed to render overlays/" + overlay);
        }
        List<JsonNode> objects = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && document.has("kind")) {
                    objects.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifests of " + overlay, e);
        }
        Map<String, JsonNode> configMaps = new TreeMap<>();
        objects.stream()
                .filter(object -> object.path("kind").asText().equals("ConfigMap"))
                .forEach(configMap ->
                        configMaps.put(configMap.at("/metadata/name").asText(), configMap));
        Map<String, Deployment> deployments = new TreeMap<>();
        objects.stream()
                .filter(object -> object.path("kind").asText().equals("Deployment"))
                .map(object -> deployment(object, configMaps))
                .forEach(deployment -> deployments.put(deployment.name(), deployment));
        return deployments;
    }

    /** The Deployment of {@code service} in the dev overlay. */
    static Deployment dev(Path repository, String service) throws IOException {
        Deployment deployment = of(repository, "dev").get(service);
        if (deployment == null) {
            throw new IllegalStateException("deploy/k8s has no Deployment " + service);
        }
        return deployment;
    }

    /** The container's literal environment: its ConfigMaps (envFrom, in order), then its own values. */
    private static Deployment deployment(JsonNode deployment, Map<String, JsonNode> configMaps) {
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        Map<String, String> env = new LinkedHashMap<>();
        container.path("envFrom").forEach(from -> {
            JsonNode configMap = configMaps.get(from.at("/configMapRef/name").asText(""));
            if (configMap != null) {
                configMap
                        .path("data")
                        .properties()
                        .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            }
        });
        container.path("env").forEach(variable -> {
            if (variable.has("value")) {
                env.put(variable.path("name").asText(), variable.path("value").asText());
            }
        });
        String memory = container.at("/resources/limits/memory").asText();
        String cpu = container.at("/resources/limits/cpu").asText();
        if (memory.isEmpty() || cpu.isEmpty()) {
            throw new IllegalStateException(deployment.at("/metadata/name").asText() + " has no memory or CPU limit");
        }
        ContainerJvm jvm = ContainerJvm.of(env, ContainerJvm.memoryBytes(memory), ContainerJvm.processors(cpu));
        return new Deployment(deployment.at("/metadata/name").asText(), memory, cpu, jvm);
    }

    private static String render(Path kubectl, Path overlay) {
        try {
            Path out = Files.createTempFile("kustomize-", ".yaml");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", overlay.toString())
                        .redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + overlay + " failed");
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String base(Path services) {
        List<String> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(services)) {
            for (Path file : listing.sorted().toList()) {
                files.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join("\n---\n", files);
    }

    private static Path kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, "kubectl"))) {
                return Path.of(directory, "kubectl");
            }
        }
        return null;
    }
}
