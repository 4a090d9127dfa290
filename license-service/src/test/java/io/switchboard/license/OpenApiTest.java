package io.switchboard.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.OpenApiChecks;
import org.junit.jupiter.api.Test;

/** license-service documents its REST API at /q/openapi, with Swagger UI at /q/swagger-ui. */
@QuarkusTest
class OpenApiTest {

    private static final String ACCOUNTS = "/orgs/{org}/connections/{connectionId}/zoom-accounts";

    @Test
    void documentsLicencesAndUserActionsWithExamples() {
        JsonNode document = OpenApiChecks.served(
                "/orgs/{org}/connections/{connectionId}/licenses/summary",
                ACCOUNTS,
                ACCOUNTS + "/{zoomUserId}/deactivate",
                ACCOUNTS + "/{zoomUserId}/activate",
                ACCOUNTS + "/{zoomUserId}");
        OpenApiChecks.secured(document, "POST", ACCOUNTS);
        // Creating a user answers 201 with the action's result, not the generated 200.
        assertEquals(
                "#/components/schemas/ActionResult",
                OpenApiChecks.operation(document, "POST", ACCOUNTS)
                        .path("responses")
                        .path("201")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText());
        OpenApiChecks.exemplified(document, "SeatUsage", "available");
        OpenApiChecks.exemplified(document, "CreateUserRequest", "email");
    }
}
