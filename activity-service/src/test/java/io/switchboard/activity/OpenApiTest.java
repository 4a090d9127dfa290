package io.switchboard.activity;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.OpenApiChecks;
import org.junit.jupiter.api.Test;

/** activity-service documents its REST API at /q/openapi, with Swagger UI at /q/swagger-ui. */
@QuarkusTest
class OpenApiTest {

    @Test
    void documentsTheTimelinesWithExamples() {
        JsonNode document = OpenApiChecks.served(
                "/orgs/{org}/profiles/{profileId}/timeline",
                "/orgs/{org}/activities",
                "/orgs/{org}/activities/{activityId}",
                "/orgs/{org}/profiles/{profileId}/summary",
                "/orgs/{org}/connections/{connectionId}/freshness",
                "/orgs/{org}/activity-settings");
        OpenApiChecks.secured(document, "GET", "/orgs/{org}/profiles/{profileId}/timeline");
        OpenApiChecks.exemplified(document, "ActivityView", "durationSeconds");
    }
}
