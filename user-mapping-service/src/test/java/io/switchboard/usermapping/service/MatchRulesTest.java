package io.switchboard.usermapping.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.MappingRepository;
import io.switchboard.usermapping.repository.MappingRepository.MappingRow;
import io.switchboard.usermapping.service.MatchService.MatchCounts;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each matching rule against PostgreSQL, where matching runs as one statement: a directory written straight into the
 * tables, matched as a whole, and the mapping rows and published records read back.
 */
@QuarkusTest
class MatchRulesTest {

    private final Pool database;
    private final MatchService matching;
    private final MappingRepository mappings;
    private KnownConnection connection;

    MatchRulesTest(Pool database, MatchService matching, MappingRepository mappings) {
        this.database = database;
        this.matching = matching;
        this.mappings = mappings;
    }

    @BeforeEach
    void newConnection() {
        connection = new KnownConnection(UUID.randomUUID(), "org-" + UUID.randomUUID(), "ACCOUNT", "active");
        sql(
                "insert into connection (id, org_id, zoom_account_id, status) values ($1, $2, 'ACCOUNT', 'active')",
                connection.id(),
                connection.orgId());
        profile("p-jane", "jane@acme.com", "j.doe@acme.com");
        profile("p-a", "shared@acme.com");
        profile("p-b", "shared@acme.com");
        profile("p-bob", "bob@acme.com");
    }

    @Test
    void aUniqueEmailMatchMapsAutomaticallyAndSwitchedOn() {
        user("u1", "active", "jane@acme.com");

        MatchCounts counts = matchAll();

        assertEquals(new MappingRow("p-jane", "auto", null, true), row("u1"));
        assertEquals(new MatchCounts(1, 0, 0), counts);
    }

    @Test
    void anAliasMatchesTooAndStaysOneMapping() {
        user("u1", "active", "old@acme.com", "j.doe@acme.com");

        matchAll();

        assertEquals(new MappingRow("p-jane", "auto", null, true), row("u1"));
    }

    @Test
    void anEmailOfTwoProfilesIsAmbiguousAndNotMapped() {
        user("u1", "active", "shared@acme.com");

        MatchCounts counts = matchAll();

        assertEquals(new MappingRow(null, null, "ambiguous_profiles", true), row("u1"));
        assertEquals(new MatchCounts(0, 1, 1), counts);
    }

    @Test
    void aProfileClaimedByTwoZoomUsersMapsToNeither() {
        user("u1", "active", "jane@acme.com");
        user("u2", "active", "j.doe@acme.com");

        matchAll();

        assertEquals(new MappingRow(null, null, "profile_claimed_twice", true), row("u1"));
        assertEquals(new MappingRow(null, null, "profile_claimed_twice", true), row("u2"));
    }

    @Test
    void aManualMappingWinsAndKeepsItsProfileFromAutomaticClaims() {
        user("u1", "active", "other@acme.com");
        user("u2", "active", "jane@acme.com");
        sql(
                "insert into manual_mapping (connection_id, zoom_user_id, org_id, profile_id, created_by)"
                        + " values ($1, 'u1', $2, 'p-jane', 'admin')",
                connection.id(),
                connection.orgId());

        matchAll();

        assertEquals(new MappingRow("p-jane", "manual", null, true), row("u1"));
        assertEquals(new MappingRow(null, null, "profile_claimed_twice", true), row("u2"));
    }

    @Test
    void noProfileNoEmailAndPendingEachSayWhy() {
        user("u1", "active", "nobody@acme.com");
        user("u2", "active");
        user("pending:jane@acme.com", "pending", "jane@acme.com");

        matchAll();

        assertEquals("no_profile", row("u1").reason());
        assertEquals("no_email", row("u2").reason());
        assertEquals("pending", row("pending:jane@acme.com").reason());
    }

    @Test
    void aPersonSwitchedOffKeepsTheMappingDisabled() {
        user("u1", "active", "bob@acme.com");
        sql(
                "insert into person_setting (org_id, profile_id, zoom_enabled, changed_by) values ($1, 'p-bob', false, 'a')",
                connection.orgId());

        MatchCounts counts = matchAll();

        assertEquals(new MappingRow("p-bob", "auto", "disabled_by_admin", false), row("u1"));
        assertEquals(new MatchCounts(0, 1, 0), counts);
    }

    @Test
    void onlyWhatSubscribersSeePublishesARecordOrATombstone() {
        user("u1", "active", "jane@acme.com");
        user("u2", "active", "nobody@acme.com");

        matchAll();
        assertEquals(List.of("mapping.changed:u1"), published(), "a record for the mapped user only");

        matchAll();
        assertEquals(List.of("mapping.changed:u1"), published(), "nothing for a matching that changed nothing");

        user("u3", "active", "j.doe@acme.com");
        matchAll();
        assertEquals(
                List.of("mapping.changed:u1", "mapping.removed:u1"), published(), "a tombstone once claimed twice");
        assertNull(payload("mapping.removed"));
        assertEquals(
                "{\"orgId\":\"" + connection.orgId() + "\",\"connectionId\":\"" + connection.id()
                        + "\",\"profileId\":\"p-jane\",\"zoomUserId\":\"u1\",\"enabled\":true,\"source\":\"auto\"}",
                payload("mapping.changed"));
    }

    @Test
    void matchingInPartsGivesTheResultOfMatchingAtOnce() {
        List<String> claimants = twoUsersOfDifferentParts();
        user(claimants.get(0), "active", "jane@acme.com");
        user(claimants.get(1), "active", "j.doe@acme.com");
        user("u-shared", "active", "shared@acme.com");
        user("u-bob", "active", "bob@acme.com");
        user("u-nobody", "active", "nobody@acme.com");
        user("u-none", "active");
        user("pending:bob@acme.com", "pending", "bob@acme.com");
        KnownConnection atOnce = connection;
        KnownConnection inParts = new KnownConnection(UUID.randomUUID(), atOnce.orgId(), "ACCOUNT", "active");
        copyDirectory(atOnce, inParts);

        MatchCounts once = matchAll();
        connection = inParts;
        MatchCounts parts =
                matching.recomputeInParts(database, inParts, "test").await().atMost(Duration.ofSeconds(10));

        assertEquals(once, parts);
        for (String user : List.of(claimants.get(0), claimants.get(1), "u-shared", "u-bob", "u-nobody", "u-none")) {
            connection = atOnce;
            MappingRow expected = row(user);
            connection = inParts;
            assertEquals(expected, row(user), user);
        }
        assertEquals(List.of("mapping.changed:u-bob"), published());
    }

    /** Two user ids that fall in different parts of two, so that a claim is counted across parts. */
    private List<String> twoUsersOfDifferentParts() {
        return database
                .preparedQuery("select min(id) from (select 'u-' || n as id, abs(hashtext('u-' || n) % 2) as part"
                        + " from generate_series(1, 20) as n) as users group by part order by part")
                .execute()
                .await()
                .atMost(Duration.ofSeconds(10))
                .stream()
                .map(row -> row.getString(0))
                .toList();
    }

    private void copyDirectory(KnownConnection from, KnownConnection to) {
        sql(
                "insert into connection (id, org_id, zoom_account_id, status) values ($1, $2, 'ACCOUNT', 'active')",
                to.id(),
                to.orgId());
        sql(
                "insert into zoom_user (connection_id, zoom_user_id, org_id, email, status, record)"
                        + " select $2, zoom_user_id, org_id, email, status, record from zoom_user where connection_id = $1",
                from.id(),
                to.id());
        sql(
                "insert into zoom_user_key (connection_id, zoom_user_id, email_key)"
                        + " select $2, zoom_user_id, email_key from zoom_user_key where connection_id = $1",
                from.id(),
                to.id());
    }

    private MatchCounts matchAll() {
        return database.withTransaction(sql -> matching.recompute(sql, connection, "test"))
                .await()
                .atMost(Duration.ofSeconds(10));
    }

    private MappingRow row(String zoomUserId) {
        return mappings.find(database, connection.id(), zoomUserId).await().atMost(Duration.ofSeconds(10));
    }

    /** The connection's records on the mappings topic in order, as {@code type:zoomUserId}. */
    private List<String> published() {
        return database
                .preparedQuery("select type || ':' || split_part(record_key, ':', 2) from outbox_event"
                        + " where topic = 'switchboard.mappings' and record_key like $1 || ':%' order by seq")
                .execute(Tuple.of(connection.id().toString()))
                .await()
                .atMost(Duration.ofSeconds(10))
                .stream()
                .map(row -> row.getString(0))
                .toList();
    }

    private String payload(String type) {
        return database.preparedQuery("select payload from outbox_event where topic = 'switchboard.mappings'"
                        + " and record_key like $1 || ':%' and type = $2 order by seq limit 1")
                .execute(Tuple.of(connection.id().toString(), type))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getString(0);
    }

    private void profile(String profileId, String... keys) {
        sql(
                "insert into profile (org_id, profile_id, email) values ($1, $2, $3)",
                connection.orgId(),
                profileId,
                keys[0]);
        for (String key : keys) {
            sql(
                    "insert into profile_key (org_id, profile_id, email_key) values ($1, $2, $3)",
                    connection.orgId(),
                    profileId,
                    key);
        }
    }

    private void user(String zoomUserId, String status, String... keys) {
        sql(
                "insert into zoom_user (connection_id, zoom_user_id, org_id, email, status, record)"
                        + " values ($1, $2, $3, $4, $5, '{}')",
                connection.id(),
                zoomUserId,
                connection.orgId(),
                keys.length == 0 ? null : keys[0],
                status);
        for (String key : keys) {
            sql(
                    "insert into zoom_user_key (connection_id, zoom_user_id, email_key) values ($1, $2, $3)",
                    connection.id(),
                    zoomUserId,
                    key);
        }
    }

    private void sql(String statement, Object... parameters) {
        database.preparedQuery(statement)
                .execute(Tuple.from(parameters))
                .await()
                .atMost(Duration.ofSeconds(10));
    }
}
