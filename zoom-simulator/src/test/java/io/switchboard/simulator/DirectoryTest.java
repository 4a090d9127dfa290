package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated user directory: seeded, deterministic, paged with next_page_token, Bearer-checked. */
@QuarkusTest
class DirectoryTest {

    private String token;

    /** A Server-to-Server token of the second simulated account, fetched once per test instance. */
    private String token() {
        if (token != null) {
            return token;
        }
        token = SimTokens.secondAccount();
        return token;
    }

    @Test
    void pagesChainThroughEveryActiveUserExactlyOnce() {
        List<String> ids = new ArrayList<>();
        String next = "";
        int total = -1;
        do {
            JsonPath page = page("active", 50, next);
            total = page.getInt("total_records");
            List<Map<String, Object>> users = page.getList("users");
            assertTrue(users.size() <= 50);
            users.forEach(user -> {
                assertEquals("active", user.get("status"));
                ids.add((String) user.get("id"));
            });
            next = page.getString("next_page_token");
        } while (!next.isEmpty());
        assertEquals(total, ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertTrue(total > 50, "the seeded account has more than one page");
    }

    @Test
    void theSameAccountAlwaysHasTheSameUsers() {
        assertEquals(
                page("inactive", 300, "").getList("users"),
                page("inactive", 300, "").getList("users"));
    }

    @Test
    void refusesAForeignPageTokenAndAnOversizedPage() {
        given().auth()
                .oauth2(token())
                .queryParam("next_page_token", "forged")
                .when()
                .get("/v2/users")
                .then()
                .statusCode(400)
                .body("code", is(300));
        given().auth()
                .oauth2(token())
                .queryParam("page_size", 301)
                .when()
                .get("/v2/users")
                .then()
                .statusCode(400);
    }

    @Test
    void findsAUserByIdAndAnswersAnUnknownOneWithZoomsError() {
        String id = page("active", 1, "").getString("users[0].id");
        given().auth()
                .oauth2(token())
                .when()
                .get("/v2/users/{id}", id)
                .then()
                .statusCode(200)
                .body("id", is(id))
                .body("account_id", is("SIMACCOUNT00000002"));
        given().auth()
                .oauth2(token())
                .when()
                .get("/v2/users/{id}", "nobody")
                .then()
                .statusCode(404)
                .body("code", is(1001));
    }

    @Test
    void refusesAMissingOrUnknownBearerToken() {
        given().when().get("/v2/users").then().statusCode(401).body("code", is(124));
    }

    private JsonPath page(String status, int size, String next) {
        var request =
                given().auth().oauth2(token()).queryParam("status", status).queryParam("page_size", size);
        if (!next.isEmpty()) {
            request = request.queryParam("next_page_token", next);
        }
        return request.when().get("/v2/users").then().statusCode(200).extract().jsonPath();
    }
}
