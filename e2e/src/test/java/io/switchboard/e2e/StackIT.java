package io.switchboard.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import io.switchboard.deploy.LocalStack;
import io.switchboard.deploy.ServiceSpec;
import io.switchboard.deploy.StackConfig;
import io.switchboard.deploy.demo.Api;
import io.switchboard.deploy.demo.ZoomOAuth;
import io.switchboard.embedded.FreePorts;
import io.switchboard.events.Topics;
import io.switchboard.security.Roles;
import io.switchboard.zoom.WebhookSignature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the whole stack the way {@code ./switchboard up} does (the same launcher, the packaged services, embedded
 * Kafka and PostgreSQL) on free ports, and checks it from the outside over HTTP.
 */
class StackIT {

    private static final String ORG = "demo";
    private static Path home;
    private static StackConfig config;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws IOException {
        home = Files.createTempDirectory("switchboard-e2e-");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx--x--x"));
        config = configFor(home);
        stack = LocalStack.start(config, Map.of());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyServiceIsReady() {
        for (ServiceSpec service : config.services()) {
            given().baseUri(service.url())
                    .when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", is("UP"));
            given().baseUri(service.url()).when().get("/q/metrics").then().statusCode(200);
        }
    }

    @Test
    void everyServiceServesItsApiDocumentationWithoutAToken() {
        for (ServiceSpec service : config.services()) {
            if (service.name().equals(StackConfig.SIMULATOR)) {
                continue;
            }
            // The stack runs the packaged services in prod mode: Swagger UI is there only when always included.
            given().baseUri(service.url())
                    .when()
                    .get("/q/openapi?format=json")
                    .then()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("info.title", containsString(service.name()))
                    .body("paths.size()", greaterThan(0));
            given().baseUri(service.url())
                    .when()
                    .get("/q/swagger-ui/")
                    .then()
                    .statusCode(200)
                    .contentType(containsString("text/html"));
        }
    }

    @Test
    void everyOrganisationEndpointNeedsAToken() {
        String member = stack.token("e2e-member", ORG, List.of(Roles.MEMBER), Duration.ofMinutes(10));
        for (GuardedRead endpoint : guardedReads()) {
            given().baseUri(endpoint.service().url())
                    .when()
                    .get(endpoint.path())
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
            given().baseUri(endpoint.service().url())
                    .auth()
                    .oauth2(member)
                    .when()
                    .get(endpoint.path())
                    .then()
                    .statusCode(endpoint.withToken());
        }
    }

    @Test
    void aProfileIsStoredAndReadBack() {
        ServiceSpec userMapping = service("user-mapping-service");
        String admin = stack.token("e2e-admin", ORG, List.of(Roles.ADMIN), Duration.ofMinutes(10));
        String profile = "p-" + UUID.randomUUID();
        given().baseUri(userMapping.url())
                .auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"email\":\"grace@demo.example\",\"displayName\":\"Grace\"}")
                .when()
                .put("/orgs/{org}/profiles/{id}", ORG, profile)
                .then()
                .statusCode(201);
        given().baseUri(userMapping.url())
                .auth()
                .oauth2(admin)
                .when()
                .get("/orgs/{org}/profiles/{id}", ORG, profile)
                .then()
                .statusCode(200)
                .body("email", is("grace@demo.example"));
    }

    @Test
    void aSignedWebhookReachesKafkaAndAnUnsignedOneIsRefused() {
        ServiceSpec ingest = service("webhook-ingest-service");
        String meeting = "e2e-" + UUID.randomUUID();
        byte[] body = ("{\"event\":\"meeting.started\",\"event_ts\":1700000000000,\"payload\":{\"account_id\":"
                        + "\"acc-e2e\",\"object\":{\"uuid\":\"" + meeting + "\",\"id\":\"123\"}}}")
                .getBytes(StandardCharsets.UTF_8);
        postSigned(body);
        given().baseUri(ingest.url())
                .contentType("application/json")
                .body(body)
                .when()
                .post("/webhooks/zoom")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");

        try (var kafka = newConsumer()) {
            kafka.subscribe(List.of(Topics.ZOOM_MEETING));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : kafka.poll(Duration.ofMillis(200))) {
                    if (meeting.equals(record.key())) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    @Test
    void anOrganisationConnectsThroughTheSimulatedOAuthFlowAndAZoomSideUninstallRemovesTheConnection() {
        ServiceSpec connections = service("connection-service");
        String admin = stack.token("e2e-admin", ORG, List.of(Roles.ADMIN), Duration.ofMinutes(10));
        // The browser's part (Zoom's approve redirect, the callback's redirect to the dashboard) and the dashboard's
        // (the signed-in admin who started the flow confirms it), as ./switchboard demo plays them.
        String connection = ZoomOAuth.connect(new Api(admin), connections.url(), ORG)
                .connection()
                .id()
                .toString();

        given().baseUri(connections.url())
                .auth()
                .oauth2(admin)
                .when()
                .get("/orgs/{org}/connections/{id}", ORG, connection)
                .then()
                .statusCode(200)
                .body("status", is("active"))
                .body("zoomAccountId", is("SIMACCOUNT00000001"));
        String service = stack.token("e2e-service", null, List.of(Roles.SERVICE), Duration.ofMinutes(10));
        given().baseUri(connections.url())
                .auth()
                .oauth2(service)
                .when()
                .post("/internal/connections/{id}/access-token", connection)
                .then()
                .statusCode(200)
                .body("zoomAccountId", is("SIMACCOUNT00000001"));

        String matchedZoomUser = importedUsersAreMatchedMappedByHandAndSwitchedOff(admin, connection);
        aMeetingThroughIngestEndsOnTheMatchedPersonsTimeline(admin, matchedZoomUser);
        LicenceChecks licences =
                new LicenceChecks(service("license-service"), service("zoom-simulator"), ORG, admin, connection);
        licences.summaryIsThePlanUsageZoomServes();
        licences.theHostIsKnownToHaveHosted(matchedZoomUser);
        licences.aReclaimDowngradesAtZoomOnce(List.of(matchedZoomUser));

        // The account uninstalls the app at Zoom: app_deauthorized travels simulator -> ingest -> zoom.app -> here.
        ServiceSpec simulator = service("zoom-simulator");
        String runId = given().baseUri(simulator.url())
                .contentType("application/json")
                .body(Map.of(
                        "clientId",
                        "switchboard-local",
                        "accountId",
                        "SIMACCOUNT00000001",
                        "target",
                        service("webhook-ingest-service").url() + "/webhooks/zoom",
                        "secret",
                        stack.webhookSecret()))
                .when()
                .post("/_sim/installations/revoke")
                .then()
                .statusCode(202)
                .extract()
                .path("runId");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().baseUri(simulator.url())
                                .get("/_sim/traffic/{id}", runId)
                                .then()
                                .extract()
                                .<Integer>path("delivered")
                        == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "removed"
                        .equals(given().baseUri(connections.url())
                                .auth()
                                .oauth2(admin)
                                .when()
                                .get("/orgs/{org}/connections/{id}", ORG, connection)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("status")));
    }

    /**
     * user-mapping-service imports the new connection's directory with a token from connection-service, matches a
     * Zoom user to a profile by email, takes a manual mapping and a switch-off.
     */
    private String importedUsersAreMatchedMappedByHandAndSwitchedOff(String admin, String connection) {
        ServiceSpec userMapping = service("user-mapping-service");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "completed"
                        .equals(given().baseUri(userMapping.url())
                                .auth()
                                .oauth2(admin)
                                .when()
                                .get("/orgs/{org}/connections/{id}/import", ORG, connection)
                                .then()
                                .extract()
                                .path("state")));
        List<Map<String, Object>> unmatched = given().baseUri(userMapping.url())
                .auth()
                .oauth2(admin)
                .when()
                .get("/orgs/{org}/connections/{id}/zoom-users?reason=no_profile&limit=2", ORG, connection)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        String matchedEmail = (String) unmatched.get(0).get("email");
        String byHand = (String) unmatched.get(1).get("zoomUserId");

        putProfile(userMapping, admin, "e2e-matched", matchedEmail.toUpperCase(java.util.Locale.ROOT));
        putProfile(userMapping, admin, "e2e-by-hand", "someone.else@e2e.example");
        given().baseUri(userMapping.url())
                .auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("connectionId", connection, "zoomUserId", byHand))
                .when()
                .put("/orgs/{org}/profiles/{id}/zoom-mapping", ORG, "e2e-by-hand")
                .then()
                .statusCode(204);
        given().baseUri(userMapping.url())
                .auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("enabled", false))
                .when()
                .put("/orgs/{org}/profiles/{id}/services/zoom", ORG, "e2e-by-hand")
                .then()
                .statusCode(204);

        given().baseUri(userMapping.url())
                .auth()
                .oauth2(admin)
                .when()
                .get("/orgs/{org}/connections/{id}/zoom-users?q={email}", ORG, connection, matchedEmail)
                .then()
                .statusCode(200)
                .body("items[0].profileId", is("e2e-matched"))
                .body("items[0].source", is("auto"));
        given().baseUri(userMapping.url())
                .auth()
                .oauth2(admin)
                .when()
                .get("/orgs/{org}/connections/{id}/zoom-users?reason=disabled_by_admin", ORG, connection)
                .then()
                .statusCode(200)
                .body("items[0].zoomUserId", is(byHand))
                .body("items[0].source", is("manual"));
        return (String) unmatched.get(0).get("zoomUserId");
    }

    /**
     * A meeting the matched person hosts, told by Zoom's signed webhooks through ingest, ends on their timeline in
     * activity-service (which learnt the mapping from switchboard.mappings).
     */
    private void aMeetingThroughIngestEndsOnTheMatchedPersonsTimeline(String admin, String hostZoomUserId) {
        Instant start = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String object = "\"uuid\":\"e2e-" + UUID.randomUUID() + "\",\"id\":\"88000000001\",\"host_id\":\""
                + hostZoomUserId + "\",\"topic\":\"E2E sync\",\"type\":2,\"start_time\":\"" + start + "\"";
        signedWebhook("meeting.started", object);
        signedWebhook("meeting.ended", object + ",\"end_time\":\"" + start.plusSeconds(1800) + "\"");

        ServiceSpec activity = service("activity-service");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Integer.valueOf(1800)
                        .equals(given().baseUri(activity.url())
                                .auth()
                                .oauth2(admin)
                                .when()
                                .get("/orgs/{org}/profiles/{id}/timeline?types=meeting", ORG, "e2e-matched")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("items.find { it.title == 'E2E sync' }.durationSeconds")));
    }

    private void signedWebhook(String type, String object) {
        byte[] body = ("{\"event\":\"" + type + "\",\"event_ts\":" + System.currentTimeMillis()
                        + ",\"payload\":{\"account_id\":\"SIMACCOUNT00000001\",\"object\":{" + object + "}}}")
                .getBytes(StandardCharsets.UTF_8);
        postSigned(body);
    }

    /** Posts a body to ingest signed as Zoom signs it; ingest answers 204 once Kafka has it. */
    private void postSigned(byte[] body) {
        long now = Instant.now().getEpochSecond();
        given().baseUri(service("webhook-ingest-service").url())
                .contentType("application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(stack.webhookSecret(), now, body))
                .body(body)
                .when()
                .post("/webhooks/zoom")
                .then()
                .statusCode(204);
    }

    private static void putProfile(ServiceSpec userMapping, String admin, String id, String email) {
        given().baseUri(userMapping.url())
                .auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("email", email))
                .when()
                .put("/orgs/{org}/profiles/{id}", ORG, id)
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(is(200), is(201)));
    }

    /**
     * {@code ./switchboard demo}'s steps, in an organisation of their own: profiles, the OAuth connection, the import,
     * signed traffic, the dropped meeting filled by a re-sync, a person's timeline and summary, the licences.
     */
    @Test
    void theDemoShowsTheWholeMissionStepByStep() {
        DemoChecks demo = DemoChecks.run(config, stack, "demo-e2e", 150);
        demo.printsEveryStepWithTheDashboardsCurlCommands();
        demo.mapsWhatTheProfilesMatchAndListsTheUnmatchedWithTheirReasons();
        demo.fillsTheDroppedMeetingByReconciliation();
        demo.showsThePersonsSummaryAndTheLicences();
    }

    @Test
    void simulatedZoomTrafficReachesKafkaThroughTheIngestService() {
        ServiceSpec simulator = service("zoom-simulator");
        String target = service("webhook-ingest-service").url() + "/webhooks/zoom";
        given().baseUri(simulator.url())
                .contentType("application/json")
                .body(Map.of("target", target, "secret", stack.webhookSecret()))
                .when()
                .post("/_sim/webhooks/validate")
                .then()
                .statusCode(200)
                .body("valid", is(true));
        String runId = given().baseUri(simulator.url())
                .contentType("application/json")
                .body(Map.of(
                        "target", target,
                        "secret", stack.webhookSecret(),
                        "accountId", "E2EACCOUNT",
                        "events", 30,
                        "ratePerSecond", 100,
                        "retryDelayMs", 200,
                        "seed", 42))
                .when()
                .post("/_sim/traffic")
                .then()
                .statusCode(202)
                .extract()
                .path("runId");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().baseUri(simulator.url())
                        .when()
                        .get("/_sim/traffic/{id}", runId)
                        .then()
                        .extract()
                        .<Boolean>path("finished"));
        given().baseUri(simulator.url())
                .when()
                .get("/_sim/traffic/{id}", runId)
                .then()
                .body("delivered", is(30))
                .body("dropped", is(0));

        try (var kafka = newConsumer()) {
            kafka.subscribe(List.of(Topics.ZOOM_MEETING, Topics.ZOOM_WEBINAR, Topics.ZOOM_PHONE, Topics.ZOOM_USER));
            int[] seen = {0};
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : kafka.poll(Duration.ofMillis(200))) {
                    if (record.value().contains("\"account_id\":\"E2EACCOUNT\"")) {
                        seen[0]++;
                    }
                }
                return seen[0] >= 30;
            });
        }
    }

    /** A read that needs a token, and what a member's token gets there. */
    private record GuardedRead(ServiceSpec service, String path, int withToken) {}

    private static List<GuardedRead> guardedReads() {
        UUID connection = UUID.randomUUID();
        return List.of(
                new GuardedRead(service("connection-service"), "/orgs/" + ORG + "/connections", 200),
                // A member reads their own timeline (the profile whose id is their sub); the org stream is for admins.
                new GuardedRead(service("activity-service"), "/orgs/" + ORG + "/profiles/e2e-member/timeline", 200),
                // Past the token check, a connection the organisation does not have is not found.
                new GuardedRead(
                        service("license-service"),
                        "/orgs/" + ORG + "/connections/" + connection + "/zoom-accounts",
                        404));
    }

    private static ServiceSpec service(String name) {
        return config.services().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static StackConfig configFor(Path home) {
        Path repository = Path.of(System.getProperty("switchboard.repository", ".."))
                .toAbsolutePath()
                .normalize();
        List<ServiceSpec> services = StackConfig.defaultServices(0).stream()
                .map(s -> new ServiceSpec(s.name(), FreePorts.next(), s.database()))
                .toList();
        return new StackConfig(
                repository,
                home,
                FreePorts.next(),
                FreePorts.next(),
                2,
                FreePorts.next(),
                services,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    }

    /** A consumer of the stack's broker in a group of its own, reading from the start. */
    private static KafkaConsumer<String, String> newConsumer() {
        Map<String, Object> consumer = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        return new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer());
    }
}
