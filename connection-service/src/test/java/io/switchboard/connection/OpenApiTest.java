package io.switchboard.connection;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.OpenApiChecks;
import org.junit.jupiter.api.Test;

/** connection-service documents its REST API at /q/openapi, with Swagger UI at /q/swagger-ui. */
@QuarkusTest
class OpenApiTest {

    @Test
    void documentsTheConnectionsWithExamples() {
        JsonNode document = OpenApiChecks.served(
                "/orgs/{org}/connections/zoom",
                "/orgs/{org}/connections/zoom/server-to-server",
                "/oauth/zoom/callback",
                "/orgs/{org}/connections",
                "/orgs/{org}/connections/{id}",
                "/orgs/{org}/connections/{id}/sync",
                "/internal/connections/{id}/access-token");
        // Zoom's redirect carries no JWT; everything else needs one.
        OpenApiChecks.open(document, "GET", "/oauth/zoom/callback");
        OpenApiChecks.secured(document, "POST", "/internal/connections/{id}/access-token");
        OpenApiChecks.secured(document, "DELETE", "/orgs/{org}/connections/{id}");
        OpenApiChecks.exemplified(document, "ConnectionView", "status");
        OpenApiChecks.exemplified(document, "ConnectStarted", "authorizeUrl");
    }
}
