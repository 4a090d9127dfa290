package io.switchboard.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.rest.openapi.ProblemResponses;
import io.switchboard.rest.problem.Problem;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the API documentation of the service under test ({@code @QuarkusTest}): {@code /q/openapi} and
 * {@code /q/swagger-ui} answer without a token, and the document is one dashboards can build against.
 */
public final class OpenApiChecks {

    /** The name of the bearer JWT security scheme (libs/rest's configuration defaults). */
    public static final String SECURITY_SCHEME = "jwt";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiChecks() {}

    /**
     * The service's OpenAPI document, after checking that it is served with Swagger UI beside it, that it documents
     * {@code paths}, that every operation has a summary and answers errors as problem+json, that the bearer JWT scheme
     * is described, and that the service's own schemas carry examples.
     */
    public static JsonNode served(String... paths) {
        String body = given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        JsonNode document = parse(body);
        assertFalse(document.path("info").path("title").asText().isBlank(), "info.title");
        assertFalse(document.path("info").path("description").asText().isBlank(), "info.description");
        assertFalse(document.path("info").path("version").asText().isBlank(), "info.version");

        Set<String> documented = new TreeSet<>();
        document.path("paths").fieldNames().forEachRemaining(documented::add);
        List<String> missing =
                Arrays.stream(paths).filter(path -> !documented.contains(path)).toList();
        assertEquals(List.of(), missing, "paths missing from /q/openapi, which has " + documented);

        List<String> unsummarised = new ArrayList<>();
        List<String> bareErrors = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    if (operation.getValue().path("summary").asText().isBlank()) {
                        unsummarised.add(name);
                    }
                    boolean answers = false;
                    for (java.util.Iterator<String> codes =
                                    operation.getValue().path("responses").fieldNames();
                            codes.hasNext(); ) {
                        answers |= codes.next().matches("[23]\\d\\d");
                    }
                    if (!answers) {
                        unanswered.add(name);
                    }
                    operation.getValue().path("responses").properties().forEach(response -> {
                        if (response.getKey().matches("[45]\\d\\d")
                                && !response.getValue()
                                        .path("content")
                                        .path(Problem.MEDIA_TYPE)
                                        .has("example")) {
                            bareErrors.add(name + " " + response.getKey());
                        }
                    });
                }));
        assertEquals(List.of(), unsummarised, "operations without @Operation(summary)");
        assertEquals(
                List.of(), unanswered, "operations without a 2xx or 3xx response (declare it beside an error one)");
        assertEquals(List.of(), bareErrors, "error responses without a problem+json example");

        JsonNode scheme = document.path("components").path("securitySchemes").path(SECURITY_SCHEME);
        assertEquals("http", scheme.path("type").asText(), "security scheme " + SECURITY_SCHEME + ": " + scheme);
        assertEquals("bearer", scheme.path("scheme").asText(), "security scheme " + SECURITY_SCHEME);
        assertEquals("JWT", scheme.path("bearerFormat").asText(), "security scheme " + SECURITY_SCHEME);

        JsonNode problem = document.path("components").path("schemas").path(ProblemResponses.SCHEMA);
        Set<String> problemFields = new HashSet<>();
        problem.path("properties").fieldNames().forEachRemaining(problemFields::add);
        Set<String> recordFields = new HashSet<>();
        for (RecordComponent component : Problem.class.getRecordComponents()) {
            recordFields.add(component.getName());
        }
        assertEquals(recordFields, problemFields, "the documented Problem schema has the fields of Problem");

        // Scalar schemas such as Instant come with examples of their own; the service's records must have theirs.
        List<String> exemplified = new ArrayList<>();
        document.path("components").path("schemas").properties().forEach(schema -> {
            boolean exemplifiedProperty = false;
            for (JsonNode property : schema.getValue().path("properties")) {
                exemplifiedProperty |= property.has("examples") || property.has("example");
            }
            if (!schema.getKey().equals(ProblemResponses.SCHEMA) && exemplifiedProperty) {
                exemplified.add(schema.getKey());
            }
        });
        assertFalse(exemplified.isEmpty(), "no record schema of the service has a property with an example");

        given().when().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
        return document;
    }

    /** Asserts that {@code property} of the schema {@code schema} has an example ({@code @Schema(examples = ...)}). */
    public static void exemplified(JsonNode document, String schema, String property) {
        JsonNode node = document.path("components")
                .path("schemas")
                .path(schema)
                .path("properties")
                .path(property);
        assertFalse(node.isMissingNode(), schema + "." + property + " is documented");
        assertTrue(node.has("examples") || node.has("example"), schema + "." + property + " has an example: " + node);
    }

    /** Asserts that {@code method path} needs the bearer JWT and documents its 401 and 403 answers. */
    public static void secured(JsonNode document, String method, String path) {
        JsonNode operation = operation(document, method, path);
        assertTrue(
                operation.path("security").findValue(SECURITY_SCHEME) != null,
                method + " " + path + " names the " + SECURITY_SCHEME + " security scheme: "
                        + operation.path("security"));
        assertTrue(operation.path("responses").has("401"), method + " " + path + " documents 401");
        assertTrue(operation.path("responses").has("403"), method + " " + path + " documents 403");
    }

    /** Asserts that {@code method path} is public: no security requirement. */
    public static void open(JsonNode document, String method, String path) {
        JsonNode operation = operation(document, method, path);
        JsonNode security = operation.path("security");
        assertTrue(security.isMissingNode() || security.isEmpty(), method + " " + path + " is public: " + security);
    }

    /** The operation {@code method path} of the document; fails when it is not documented. */
    public static JsonNode operation(JsonNode document, String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        assertFalse(operation.isMissingNode(), method + " " + path + " is documented");
        return operation;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("/q/openapi?format=json is not JSON: " + body, e);
        }
    }
}
