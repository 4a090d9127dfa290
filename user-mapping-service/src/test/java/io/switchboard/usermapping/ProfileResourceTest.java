package io.switchboard.usermapping;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileResourceTest {

    private static final String ORG = "acme";

    @Test
    void createsThenReplacesAProfileWithNormalisedEmails() {
        String id = "p-" + UUID.randomUUID();
        put(id, "{\"email\":\" Ada@Example.COM \",\"displayName\":\"Ada\",\"alternateEmails\":[\"ada@old.example\"]}")
                .statusCode(201)
                .body("email", is("ada@example.com"))
                .body("alternateEmails", contains("ada@old.example"));
        put(id, "{\"email\":\"ada@new.example\",\"displayName\":\"Ada L.\"}").statusCode(200);

        given().auth()
                .oauth2(TestTokens.member(ORG))
                .when()
                .get("/orgs/{org}/profiles/{id}", ORG, id)
                .then()
                .statusCode(200)
                .body("email", is("ada@new.example"))
                .body("displayName", is("Ada L."));
    }

    @Test
    void rejectsAnInvalidEmailAs400Problem() {
        put("p-" + UUID.randomUUID(), "{\"email\":\"not-an-email\"}")
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", is("email must hold valid email addresses."));
    }

    @Test
    void rejectsMalformedJsonAs400Problem() {
        put("p-" + UUID.randomUUID(), "{\"email\":").statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void rejectsAFieldOfTheWrongTypeAs400Problem() {
        put("p-" + UUID.randomUUID(), "{\"email\":\"a@b.example\",\"alternateEmails\":{\"x\":1}}")
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void rejectsAnotherContentTypeAs415Problem() {
        given().auth()
                .oauth2(TestTokens.admin(ORG))
                .contentType(ContentType.TEXT)
                .body("email=a@b.example")
                .when()
                .put("/orgs/{org}/profiles/{id}", ORG, "p-1")
                .then()
                .statusCode(415)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aMemberCannotWriteProfiles() {
        given().auth()
                .oauth2(TestTokens.member(ORG))
                .contentType(ContentType.JSON)
                .body("{\"email\":\"a@b.example\"}")
                .when()
                .put("/orgs/{org}/profiles/{id}", ORG, "p-1")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anotherOrganisationsProfileIsNotFound() {
        String id = "p-" + UUID.randomUUID();
        put(id, "{\"email\":\"b@acme.example\"}").statusCode(201);
        given().auth()
                .oauth2(TestTokens.admin("globex"))
                .when()
                .get("/orgs/{org}/profiles/{id}", ORG, id)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    private static io.restassured.response.ValidatableResponse put(String id, String body) {
        return given().auth()
                .oauth2(TestTokens.admin(ORG))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/orgs/{org}/profiles/{id}", ORG, id)
                .then();
    }
}
