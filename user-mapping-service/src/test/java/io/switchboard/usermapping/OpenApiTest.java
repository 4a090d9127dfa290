package io.switchboard.usermapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.OpenApiChecks;
import org.junit.jupiter.api.Test;

/** user-mapping-service documents its REST API at /q/openapi, with Swagger UI at /q/swagger-ui. */
@QuarkusTest
class OpenApiTest {

    @Test
    void documentsProfilesAndMappingsWithExamples() {
        JsonNode document = OpenApiChecks.served(
                "/orgs/{org}/profiles/{profileId}",
                "/orgs/{org}/profiles/{profileId}/zoom-mapping",
                "/orgs/{org}/profiles/{profileId}/services/zoom",
                "/orgs/{org}/connections/{connectionId}/zoom-users",
                "/orgs/{org}/connections/{connectionId}/import");
        OpenApiChecks.secured(document, "PUT", "/orgs/{org}/profiles/{profileId}");
        OpenApiChecks.exemplified(document, "ProfileRequest", "email");
        OpenApiChecks.exemplified(document, "ZoomUserView", "zoomUserId");
    }
}
