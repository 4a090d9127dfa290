package io.switchboard.activity.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.activity.mapping.MeetingFact;
import io.switchboard.activity.repository.TimelineWriteRepository.Written;
import io.switchboard.activity.service.ActivityRole;
import io.switchboard.activity.service.MeetingKind;
import io.switchboard.activity.service.TimelineEntry;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A batch's facts and entries written in one statement give what writing them one by one gives. */
@QuarkusTest
class BatchWriteTest {

    private static final Instant T0 = Instant.parse("2026-11-16T10:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final MeetingFactRepository facts;
    private final TimelineWriteRepository timeline;
    private final Pool database;

    BatchWriteTest(MeetingFactRepository facts, TimelineWriteRepository timeline, Pool database) {
        this.facts = facts;
        this.timeline = timeline;
        this.database = database;
    }

    @Test
    void factsOfOneInstanceMergedInOneStatementGiveWhatMergingThemOneByOneGives() {
        String account = "ACC-" + UUID.randomUUID();
        said(account, "one-by-one")
                .forEach(fact -> facts.mergeAll(database, List.of(fact)).await().atMost(WAIT));

        facts.mergeAll(database, said(account, "together")).await().atMost(WAIT);
        List<MeetingFact> reversed = new ArrayList<>(said(account, "reversed"));
        Collections.reverse(reversed);
        facts.mergeAll(database, reversed).await().atMost(WAIT);

        String oneByOne = instance(account, "one-by-one");
        assertEquals("host-b 300 Renamed 200 " + T0.minusSeconds(60) + " " + T0.plusSeconds(3600), oneByOne);
        assertEquals(oneByOne, instance(account, "together"));
        assertEquals(oneByOne, instance(account, "reversed"));
    }

    @Test
    void anEntryGivenTwiceInOneCallIsWrittenInTheOrderGiven() {
        TimelineEntry first = entry("First title");
        TimelineEntry renamed = entry("Second title");

        List<Written> written = timeline.upsertAll(database, List.of(first, renamed, renamed, entry("Other", "other")))
                .await()
                .atMost(WAIT);

        assertTrue(written.get(0).inserted(), written.toString());
        assertFalse(written.get(1).inserted(), written.toString());
        assertEquals(written.get(0).id(), written.get(1).id(), written.toString());
        assertNull(written.get(2), "the same entry again changes nothing: " + written);
        assertTrue(written.get(3).inserted(), written.toString());
        assertEquals("Second title", title(written.get(0).id()));
    }

    @Test
    void anEntryStoredBeforeIsUpdatedWithItsOwnIdOrLeftAlone() {
        TimelineEntry stored = entry("Stored");
        UUID id = timeline.upsertAll(database, List.of(stored))
                .await()
                .atMost(WAIT)
                .get(0)
                .id();

        List<Written> written = timeline.upsertAll(database, List.of(entry("New", "new"), stored, entry("Changed")))
                .await()
                .atMost(WAIT);

        assertTrue(written.get(0).inserted(), written.toString());
        assertNull(written.get(1), written.toString());
        assertEquals(new Written(id, false), written.get(2));
        assertEquals("Changed", title(id));
    }

    /** What four webhooks said of one instance: hosts, a topic, a start, ends, each at its own event_ts. */
    private static List<MeetingFact> said(String account, String uuid) {
        return List.of(
                fact(account, uuid, "host-a", "First topic", T0, null, 100),
                fact(account, uuid, "host-b", null, null, T0.plusSeconds(3600), 300),
                fact(account, uuid, null, "Renamed", T0.minusSeconds(60), null, 200),
                fact(account, uuid, "host-c", null, null, T0.plusSeconds(1800), 250));
    }

    private static MeetingFact fact(
            String account, String uuid, String host, String topic, Instant started, Instant ended, long eventTs) {
        return new MeetingFact(account, MeetingKind.MEETING, uuid, "9001", host, topic, started, ended, eventTs, null);
    }

    private String instance(String account, String uuid) {
        Row row = database.preparedQuery("select host_zoom_user_id, host_ts, topic, topic_ts, started_at, ended_at"
                        + " from meeting_instance where zoom_account_id = $1 and uuid = $2")
                .execute(Tuple.of(account, uuid))
                .await()
                .atMost(WAIT)
                .iterator()
                .next();
        return row.getString(0) + " " + row.getLong(1) + " " + row.getString(2) + " " + row.getLong(3) + " "
                + row.getOffsetDateTime(4).toInstant() + " "
                + row.getOffsetDateTime(5).toInstant();
    }

    private final UUID connection = UUID.randomUUID();

    private TimelineEntry entry(String title) {
        return entry(title, "hosted");
    }

    private TimelineEntry entry(String title, String suffix) {
        return new TimelineEntry(
                "org-batch",
                "p-batch",
                connection,
                "zu-batch",
                "meeting",
                ActivityRole.HOSTED,
                "meeting:" + connection + ":9001:" + suffix,
                "group-" + connection,
                title,
                T0,
                T0.plusSeconds(600),
                600,
                2,
                null,
                null,
                null);
    }

    private String title(UUID id) {
        return database.preparedQuery("select title from activity where id = $1")
                .execute(Tuple.of(id))
                .await()
                .atMost(WAIT)
                .iterator()
                .next()
                .getString(0);
    }
}
