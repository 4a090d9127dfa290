package io.switchboard.usermapping;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.events.Topics;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** switchboard.profiles has the same effect as the REST calls; a profile the API would refuse is dead-lettered. */
@QuarkusTest
class ProfilesTopicTest {

    @Test
    void aPublishedProfileIsStoredAndMatched() {
        String org = "org-" + UUID.randomUUID();
        String account = ImportTest.account();
        SimulatorControl.directory(account, List.of(SimulatorControl.user("grace@topic.example", "active")));
        UUID connection = Directories.newConnection(account);
        Directories.connectAndImport(org, connection);

        publish(
                DirectoryTypes.PROFILE_UPSERTED,
                org,
                "p-grace",
                "{\"orgId\":\"" + org + "\",\"profileId\":\"p-grace\","
                        + "\"email\":\"Grace@Topic.example\",\"displayName\":\"Grace\"}");

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.member(org))
                        .when()
                        .get("/orgs/{org}/connections/{id}/zoom-users?mapped=true", org, connection)
                        .then()
                        .body("items.profileId", contains("p-grace")));

        publish(
                DirectoryTypes.PROFILE_DELETED,
                org,
                "p-grace",
                "{\"orgId\":\"" + org + "\",\"profileId\":\"p-grace\"}");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.member(org))
                        .when()
                        .get("/orgs/{org}/profiles/{id}", org, "p-grace")
                        .then()
                        .statusCode(404));
    }

    @Test
    void aProfileWithAnInvalidEmailIsDeadLetteredAndTheNextOneApplied() {
        String org = "org-" + UUID.randomUUID();
        publish(
                DirectoryTypes.PROFILE_UPSERTED,
                org,
                "p-bad",
                "{\"orgId\":\"" + org + "\",\"profileId\":\"p-bad\"," + "\"email\":\"not an address\"}");
        publish(
                DirectoryTypes.PROFILE_UPSERTED,
                org,
                "p-good",
                "{\"orgId\":\"" + org + "\",\"profileId\":\"p-good\"," + "\"email\":\"good@topic.example\"}");

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.member(org))
                        .when()
                        .get("/orgs/{org}/profiles/{id}", org, "p-good")
                        .then()
                        .statusCode(200)
                        .body("email", is("good@topic.example")));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> KafkaTestClient.readAll(Topics.dlq(Topics.PROFILES)).stream()
                        .anyMatch(record -> (org + ":p-bad").equals(record.key())));
    }

    private static void publish(String type, String org, String profileId, String body) {
        KafkaTestClient.produceEvent(Topics.PROFILES, org + ":" + profileId, type, body);
    }
}
