package io.switchboard.connection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.SharedInfrastructure;
import io.switchboard.testing.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shared security baseline, checked with real signed tokens against a real endpoint. */
@QuarkusTest
class OrgSecurityTest {

    private static final String ORG = "acme";

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void rejectsARequestWithoutATokenAs401Problem() {
        given().when()
                .get("/orgs/{org}/connections", ORG)
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .body("status", is(401))
                .body("type", startsWith(Problem.TYPE_PREFIX));
    }

    @Test
    void rejectsATokenSignedByAnUntrustedKey() {
        given().auth()
                .oauth2(TestTokens.forged(ORG))
                .when()
                .get("/orgs/{org}/connections", ORG)
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void rejectsAnExpiredToken() {
        given().auth()
                .oauth2(TestTokens.expired(ORG))
                .when()
                .get("/orgs/{org}/connections", ORG)
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void rejectsATokenIssuedForAnotherAudience() {
        given().auth()
                .oauth2(TestTokens.forAnotherAudience(ORG))
                .when()
                .get("/orgs/{org}/connections", ORG)
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void rejectsATokenOfAnotherIssuerEvenWhenTheSignatureChecksOut() {
        given().auth()
                .oauth2(TestTokens.ofAnotherIssuer(ORG))
                .when()
                .get("/orgs/{org}/connections", ORG)
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void acceptsAServiceTokenThatTheIdentityProviderIssuedWithClientCredentials() {
        String token = given().auth()
                .preemptive()
                .basic(SharedInfrastructure.SERVICE_CLIENT_ID, SharedInfrastructure.SERVICE_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .when()
                .post(SharedInfrastructure.identityIssuer() + "/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        // Past authentication and the service role: the only answer left is that no such connection exists.
        given().auth()
                .oauth2(token)
                .when()
                .post("/internal/connections/{id}/access-token", java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void rejectsAMalformedBearerValue() {
        given().header("Authorization", "Bearer not-a-jwt")
                .when()
                .get("/orgs/{org}/connections", ORG)
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void letsAMemberReadItsOwnOrganisation() {
        given().auth()
                .oauth2(TestTokens.member(ORG))
                .when()
                .get("/orgs/{org}/connections", ORG)
                .then()
                .statusCode(200);
    }

    @Test
    void hidesAnotherOrganisationAsNotFound() {
        given().auth()
                .oauth2(TestTokens.admin("globex"))
                .when()
                .get("/orgs/{org}/connections", ORG)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("instance", is("/orgs/acme/connections"));
    }

    @Test
    void letsAMultiOrgAdminActOnlyOnTheOrganisationsItHolds() {
        String token = TestTokens.multiOrgAdmin("holding", ORG, "initech");
        given().auth()
                .oauth2(token)
                .when()
                .get("/orgs/{org}/connections", ORG)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .when()
                .get("/orgs/{org}/connections", "globex")
                .then()
                .statusCode(404);
    }

    @Test
    void answersAnUnknownConnectionIdAs404Problem() {
        given().auth()
                .oauth2(TestTokens.member(ORG))
                .when()
                .get("/orgs/{org}/connections/{id}", ORG, UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void answersAMalformedConnectionIdAs404Problem() {
        given().auth()
                .oauth2(TestTokens.member(ORG))
                .when()
                .get("/orgs/{org}/connections/{id}", ORG, "not-a-uuid")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void answersAnUnknownPathAs404Problem() {
        given().auth()
                .oauth2(TestTokens.member(ORG))
                .when()
                .get("/no/such/path")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void answersAnUnsupportedMethodAs405Problem() {
        given().auth()
                .oauth2(TestTokens.member(ORG))
                .when()
                .patch("/orgs/{org}/connections", ORG)
                .then()
                .statusCode(405)
                .contentType(Problem.MEDIA_TYPE);
    }
}
