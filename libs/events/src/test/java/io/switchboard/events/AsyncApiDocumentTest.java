package io.switchboard.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/asyncapi.yaml true to the code: one channel per topic of {@link Topics#all()} and no other, a message for
 * every event type constant (the {@code *Types} classes of this package) on its topic's channel, a message for every
 * type pattern a topic declares, and a payload schema on every message. A message's {@code name} is the ce_type it
 * carries (a pattern such as {@code meeting.*} for Zoom's families).
 */
class AsyncApiDocumentTest {

    private static final Set<String> SCHEMA_KEYWORDS =
            Set.of("type", "$ref", "allOf", "oneOf", "anyOf", "const", "enum");

    private static JsonNode document;

    /** Channel address (the topic) to its messages, each resolved. */
    private static Map<String, List<JsonNode>> messagesByTopic;

    @BeforeAll
    static void readDocument() throws IOException {
        document = new ObjectMapper(new YAMLFactory()).readTree(locate().toFile());
        messagesByTopic = new HashMap<>();
        document.path("channels").properties().forEach(channel -> {
            String address = channel.getValue().path("address").asText(null);
            assertNotNull(address, "channel " + channel.getKey() + " has no address");
            List<JsonNode> messages = new ArrayList<>();
            channel.getValue().path("messages").forEach(message -> messages.add(resolve(message)));
            assertTrue(
                    messagesByTopic.put(address, messages) == null,
                    "two channels have the address " + address + "; a topic has one channel");
        });
    }

    @Test
    void everyTopicHasAChannel() {
        List<String> missing = Topics.all().stream()
                .map(TopicSpec::name)
                .filter(topic -> !messagesByTopic.containsKey(topic))
                .toList();
        assertEquals(List.of(), missing, "topics of Topics.all() without a channel in docs/asyncapi.yaml");
    }

    @Test
    void everyChannelIsATopic() {
        Set<String> topics = Topics.all().stream().map(TopicSpec::name).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(messagesByTopic.keySet());
        unknown.removeAll(topics);
        assertEquals(Set.of(), unknown, "channels of docs/asyncapi.yaml whose address is no topic of Topics.all()");
    }

    @Test
    void everyEventTypeConstantHasAMessageOnItsTopicsChannel() {
        Map<String, String> constants = eventTypeConstants();
        Map<String, String> missing = new TreeMap<>();
        constants.forEach((where, type) -> {
            List<String> topics = Topics.primary().stream()
                    .map(TopicSpec::name)
                    .filter(topic -> !Topics.eventTypes(topic).isEmpty() && Topics.carries(topic, type))
                    .toList();
            assertEquals(1, topics.size(), where + " = " + type + " is carried by exactly one topic, not " + topics);
            String topic = topics.get(0);
            if (!messageNames(topic).contains(type)) {
                missing.put(where, type + " (on " + topic + ")");
            }
        });
        assertEquals(Map.of(), missing, "event types without a message named after them in docs/asyncapi.yaml");
    }

    @Test
    void everyTypePatternOfATopicHasAMessage() {
        Map<String, String> missing = new TreeMap<>();
        for (TopicSpec topic : Topics.primary()) {
            List<String> names = messageNames(topic.name());
            assertFalse(names.isEmpty(), topic.name() + " has no message");
            for (String pattern : Topics.eventTypes(topic.name())) {
                boolean covered = pattern.endsWith(".*")
                        ? names.stream().anyMatch(name -> name.startsWith(pattern.substring(0, pattern.length() - 1)))
                        : names.contains(pattern);
                if (!covered) {
                    missing.put(topic.name(), pattern);
                }
            }
        }
        assertEquals(Map.of(), missing, "type patterns of Topics without a message");
    }

    @Test
    void everyMessageOfATopicNamesATypeTheTopicCarries() {
        Map<String, String> misplaced = new TreeMap<>();
        for (TopicSpec topic : Topics.primary()) {
            for (String name : messageNames(topic.name())) {
                if (!Topics.carries(topic.name(), name)) {
                    misplaced.put(topic.name(), name);
                }
            }
        }
        assertEquals(Map.of(), misplaced, "messages whose name is a type their topic does not carry");
    }

    @Test
    void everyMessageHasANameAndAPayloadSchema() {
        messagesByTopic.forEach((topic, messages) -> {
            assertFalse(messages.isEmpty(), topic + " has no message");
            for (JsonNode message : messages) {
                String name = message.path("name").asText("");
                assertFalse(name.isBlank(), "a message of " + topic + " has no name: " + message);
                assertTrue(isSchema(message.get("payload")), name + " on " + topic + " has no payload schema");
            }
        });
    }

    @Test
    void theConstantsAreFound() {
        // The other checks pass vacuously if the scan of this package finds no *Types class.
        Set<String> classes = eventTypeConstants().keySet().stream()
                .map(where -> where.substring(0, where.indexOf('.')))
                .collect(Collectors.toSet());
        assertTrue(
                classes.containsAll(Set.of("ActivityTypes", "ConnectionTypes", "DirectoryTypes", "LicenseTypes")),
                classes.toString());
    }

    /** A payload is a schema when it says something about the value: a type, a reference, a composition. */
    private static boolean isSchema(JsonNode payload) {
        if (payload == null || !payload.isObject()) {
            return false;
        }
        if (payload.has("$ref")) {
            return isSchema(resolve(payload));
        }
        return SCHEMA_KEYWORDS.stream().anyMatch(payload::has);
    }

    private static List<String> messageNames(String topic) {
        return messagesByTopic.getOrDefault(topic, List.of()).stream()
                .map(message -> message.path("name").asText(""))
                .toList();
    }

    /** A node, or the node its local {@code $ref} points at. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String pointer = ref.asText();
        assertTrue(pointer.startsWith("#/"), "only local references are expected: " + pointer);
        JsonNode target = document.at(pointer.substring(1));
        if (target.isMissingNode()) {
            fail("dangling reference " + pointer);
        }
        return resolve(target);
    }

    /** {@code Class.FIELD} to its value, for every public static final String of a {@code *Types} class here. */
    private static Map<String, String> eventTypeConstants() {
        Map<String, String> constants = new TreeMap<>();
        for (Class<?> types : typesClasses()) {
            for (Field field : types.getFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                    try {
                        constants.put(types.getSimpleName() + "." + field.getName(), (String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return constants;
    }

    private static List<Class<?>> typesClasses() {
        URL topics = Topics.class.getResource("Topics.class");
        assertNotNull(topics);
        assertEquals("file", topics.getProtocol(), "the package is scanned from its classes folder");
        try (Stream<Path> files = Files.list(Path.of(topics.toURI()).getParent())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("Types.class") && !name.contains("$"))
                    .sorted()
                    .<Class<?>>map(name -> load(Topics.class.getPackageName() + "." + name.replace(".class", "")))
                    .toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** docs/asyncapi.yaml of the repository: the nearest one up from the working directory (the module's folder). */
    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("asyncapi.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "docs/asyncapi.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
