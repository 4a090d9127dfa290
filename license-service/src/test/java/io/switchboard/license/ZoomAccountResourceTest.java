package io.switchboard.license;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ZoomAccountResourceTest {

    private final Pool database;

    ZoomAccountResourceTest(Pool database) {
        this.database = database;
    }

    @Test
    void pagesThroughAConnectionsUsersByEmail() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = UUID.randomUUID();
        insert(org, connection, "u3", "carol@acme.example", 2, "active");
        insert(org, connection, "u1", "ada@acme.example", 2, "active");
        insert(org, connection, "u2", "bob@acme.example", 1, "inactive");

        String cursor = given().auth()
                .oauth2(TestTokens.member(org))
                .queryParam("limit", 2)
                .when()
                .get("/orgs/{org}/connections/{c}/zoom-accounts", org, connection)
                .then()
                .statusCode(200)
                .body("items.email", contains("ada@acme.example", "bob@acme.example"))
                .extract()
                .path("nextCursor");
        given().auth()
                .oauth2(TestTokens.member(org))
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .when()
                .get("/orgs/{org}/connections/{c}/zoom-accounts", org, connection)
                .then()
                .statusCode(200)
                .body("items.email", contains("carol@acme.example"))
                .body("nextCursor", nullValue());
    }

    @Test
    void filtersByStatusTypeAndText() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = UUID.randomUUID();
        insert(org, connection, "u1", "ada@acme.example", 2, "active");
        insert(org, connection, "u2", "bob@acme.example", 1, "active");
        insert(org, connection, "u3", "bobby@acme.example", 2, "inactive");

        given().auth()
                .oauth2(TestTokens.member(org))
                .queryParam("status", "active")
                .queryParam("type", 1)
                .queryParam("q", "BOB")
                .when()
                .get("/orgs/{org}/connections/{c}/zoom-accounts", org, connection)
                .then()
                .statusCode(200)
                .body("items.email", contains("bob@acme.example"));
    }

    @Test
    void filtersByRoleIdOrName() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = UUID.randomUUID();
        insert(org, connection, "u1", "ada@acme.example", 2, "active");
        insert(org, connection, "u2", "bob@acme.example", 2, "active");
        database.preparedQuery("update zoom_account set role_id = '1' where connection_id = $1 and zoom_user_id = 'u2'")
                .execute(Tuple.of(connection))
                .await()
                .atMost(Duration.ofSeconds(10));
        database.preparedQuery("insert into zoom_role (connection_id, role_id, name) values ($1, '1', 'Admin')")
                .execute(Tuple.of(connection))
                .await()
                .atMost(Duration.ofSeconds(10));

        for (String role : new String[] {"1", "admin"}) {
            given().auth()
                    .oauth2(TestTokens.member(org))
                    .queryParam("role", role)
                    .when()
                    .get("/orgs/{org}/connections/{c}/zoom-accounts", org, connection)
                    .then()
                    .statusCode(200)
                    .body("items.email", contains("bob@acme.example"))
                    .body("items[0].roleName", is("Admin"));
        }
    }

    @Test
    void anotherOrganisationSeesNothingOfTheConnection() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = UUID.randomUUID();
        insert(org, connection, "u1", "ada@acme.example", 2, "active");
        String other = "org-" + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.admin(other))
                .when()
                .get("/orgs/{org}/connections/{c}/zoom-accounts", org, connection)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        given().auth()
                .oauth2(TestTokens.admin(other))
                .when()
                .get("/orgs/{org}/connections/{c}/zoom-accounts", other, connection)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void rejectsInvalidParametersAs400Problems() {
        String token = TestTokens.member("acme");
        for (var bad :
                new String[][] {{"status", "gone"}, {"type", "7"}, {"type", "x"}, {"limit", "0"}, {"cursor", "!!"}}) {
            given().auth()
                    .oauth2(token)
                    .queryParam(bad[0], bad[1])
                    .when()
                    .get("/orgs/{org}/connections/{c}/zoom-accounts", "acme", UUID.randomUUID())
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE);
        }
    }

    private void insert(String org, UUID connection, String id, String email, int type, String status) {
        database.preparedQuery("insert into connection_ref (connection_id, org_id, zoom_account_id, active)"
                        + " values ($1, $2, $3, true) on conflict do nothing")
                .execute(Tuple.of(connection, org, "ACC-" + connection))
                .await()
                .atMost(Duration.ofSeconds(10));
        database.preparedQuery("insert into zoom_account (connection_id, zoom_user_id, org_id, email, license_type,"
                        + " status) values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(connection, id, org, email, type, status))
                .await()
                .atMost(Duration.ofSeconds(10));
    }
}
