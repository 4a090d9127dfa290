package io.switchboard.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.OpenApiChecks;
import org.junit.jupiter.api.Test;

/** webhook-ingest-service documents its webhook receiver at /q/openapi, with Swagger UI at /q/swagger-ui. */
@QuarkusTest
class OpenApiTest {

    @Test
    void documentsTheWebhookReceiverAsPublicWithItsAnswers() {
        JsonNode document = OpenApiChecks.served("/webhooks/zoom", "/webhooks/zoom/{appKey}");
        for (String path : new String[] {"/webhooks/zoom", "/webhooks/zoom/{appKey}"}) {
            // Authenticated by Zoom's signature, not by a JWT.
            OpenApiChecks.open(document, "POST", path);
            JsonNode responses = OpenApiChecks.operation(document, "POST", path).path("responses");
            for (String status : new String[] {"200", "204", "400", "401", "413", "503"}) {
                assertTrue(responses.has(status), "POST " + path + " documents " + status);
            }
        }
        OpenApiChecks.exemplified(document, "Validated", "encryptedToken");
    }
}
