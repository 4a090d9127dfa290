package io.switchboard.usermapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.rest.problem.Problem;
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

    @Test
    void documentsThe503OfADatabaseThatIsAway() {
        JsonNode document = OpenApiChecks.served("/orgs/{org}/profiles/{profileId}");
        assertEquals(
                Problem.TYPE_PREFIX + "dependency-unavailable",
                document.at("/paths/~1orgs~1{org}~1profiles~1{profileId}/get/responses/503/content"
                                + "/application~1problem+json/example/type")
                        .asText());
    }
}
