package io.switchboard.usermapping;

import static io.restassured.RestAssured.given;

import io.switchboard.testing.TestTokens;
import java.util.List;

/** Profiles of an organisation, written as the internal platform would. */
final class Profiles {

    private Profiles() {}

    static void put(String org, String profileId, String email, String... alternates) {
        given().auth()
                .oauth2(TestTokens.admin(org))
                .contentType("application/json")
                .body(new Body(email, profileId, List.of(alternates)))
                .when()
                .put("/orgs/{org}/profiles/{id}", org, profileId)
                .then()
                .statusCode(org(201, 200));
    }

    private static org.hamcrest.Matcher<Integer> org(int created, int replaced) {
        return org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(created), org.hamcrest.Matchers.is(replaced));
    }

    /** The body of a profile upsert. */
    record Body(String email, String displayName, List<String> alternateEmails) {}
}
