package io.switchboard.zoom.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import io.switchboard.simulator.SimulatorSettings;
import io.switchboard.simulator.service.Faults;
import io.switchboard.zoom.api.error.ZoomDailyLimitException;
import io.switchboard.zoom.api.error.ZoomRateLimitedException;
import io.switchboard.zoom.api.model.UserStatus;
import io.switchboard.zoom.api.model.ZoomUser;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rate budget against the simulator's real per-account limits (Pro): paced listing never meets a 429, a 429 that
 * still comes is backed off and never retried hot, and a spent daily cap fails at once without being retried.
 */
class RateLimitsTest {

    private static final String BIG = "SIMRATEBIGDIRECTRY";
    private static final String FAULTS = "SIMRATEFAULTS00001";
    private static final String CAPPED = "SIMRATECAPPED00001";
    private static final String CREATES = "SIMRATECREATES0001";
    private static final int DAILY_CAP = 3;
    private static final Duration BACKOFF = Duration.ofMillis(400);

    private static SimulatedZoom zoom;
    private static ZoomApi api;

    @BeforeAll
    static void start() {
        SimulatorSettings settings = new SimulatorSettings(
                Duration.ofHours(1), Duration.ofMinutes(5), "pro", 2000, 900, DAILY_CAP, false, java.util.Map.of());
        zoom = SimulatedZoom.start(settings, BIG, FAULTS, CAPPED, CREATES);
        ZoomApiSettings client = zoom.settings().withPageSize(30).withBackoff(2, BACKOFF, Duration.ofSeconds(5));
        api = ZoomApi.create(zoom.vertx(), client, new SimulatorTokens(zoom));
    }

    @AfterAll
    static void stop() {
        api.close();
        zoom.close();
    }

    @AfterEach
    void clearFaults() {
        zoom.simulator().faults().clear();
    }

    @Test
    void pagingABigDirectoryTwiceAtOnceNeverMeetsZoomsPerSecondLimit() {
        UUID connection = zoom.connection(BIG);
        List<ZoomUser> both = Multi.createBy()
                .merging()
                .streams(
                        api.users().list(connection, UserStatus.ACTIVE),
                        api.users().list(connection, UserStatus.ACTIVE))
                .collect()
                .asList()
                .await()
                .atMost(Duration.ofSeconds(30));
        int active = zoom.simulator().directory().members(BIG, "active").size();
        assertEquals(2 * active, both.size());
        long pages = zoom.counters().calls(BIG);
        assertTrue(pages >= 40, "more than 20 pages each, all Medium: " + pages);
        assertEquals(0, zoom.counters().answers(BIG, 429), "Pro's 20 Medium calls a second were never exceeded");
    }

    @Test
    void aForced429IsBackedOffOnceThenTheCallSucceeds() {
        UUID connection = zoom.connection(FAULTS);
        long calls = zoom.counters().calls(FAULTS);
        long limited = zoom.counters().answers(FAULTS, 429);
        zoom.simulator().faults().set(new Faults.Settings(0, 0, false, 1, 0));
        long started = System.nanoTime();
        ZoomUser me = api.users().get(connection, "me").await().atMost(Duration.ofSeconds(10));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(FAULTS, me.accountId());
        assertEquals(2, zoom.counters().calls(FAULTS) - calls, "one refused call, one retry");
        assertEquals(1, zoom.counters().answers(FAULTS, 429) - limited);
        assertTrue(took.compareTo(BACKOFF.dividedBy(2)) >= 0, "backed off before retrying: " + took);
    }

    @Test
    void zoomsRetryAfterIsHonoured() {
        zoom.simulator().faults().set(new Faults.Settings(0, 0, false, 1, 1));
        long started = System.nanoTime();
        api.users().get(zoom.connection(FAULTS), "me").await().atMost(Duration.ofSeconds(10));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(1)) >= 0, "waited Retry-After's second: " + took);
    }

    @Test
    void a429ThatPersistsFailsTypedAfterAFewSpacedRetries() {
        UUID connection = zoom.connection(FAULTS);
        long calls = zoom.counters().calls(FAULTS);
        zoom.simulator().faults().set(new Faults.Settings(0, 0, true));
        long started = System.nanoTime();
        ZoomRateLimitedException refused = assertThrows(
                ZoomRateLimitedException.class,
                () -> api.users().get(connection, "me").await().atMost(Duration.ofSeconds(20)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(429, refused.status());
        assertEquals(3, zoom.counters().calls(FAULTS) - calls, "the call and its two retries, no more");
        assertTrue(took.compareTo(BACKOFF.dividedBy(2).plus(BACKOFF)) >= 0, "never retried hot: " + took);
    }

    @Test
    void aSpentDailyCapFailsTypedAndIsNotTriedAgainUntilMidnightUtc() {
        UUID connection = zoom.connection(CAPPED);
        for (int call = 0; call < DAILY_CAP; call++) {
            api.accounts().planUsage(connection).await().indefinitely();
        }
        ZoomDailyLimitException spent = assertThrows(
                ZoomDailyLimitException.class,
                () -> api.accounts().planUsage(connection).await().indefinitely());
        assertEquals(1, zoom.counters().answers(CAPPED, 429), "Zoom's daily 429 was not retried");
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        assertEquals(tomorrow.atStartOfDay().toInstant(ZoneOffset.UTC), spent.resetsAt());

        long calls = zoom.counters().calls(CAPPED);
        assertThrows(
                ZoomDailyLimitException.class,
                () -> api.reports()
                        .usersPage(connection, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20), null)
                        .await()
                        .indefinitely());
        assertEquals(calls, zoom.counters().calls(CAPPED), "no Heavy call goes out until the cap resets");
        api.users().get(connection, "me").await().indefinitely();
        assertEquals(calls + 1, zoom.counters().calls(CAPPED), "other categories still go out");
    }

    @Test
    void theDailyLimitOfCreatedUsersClosesNoHeavyCall() {
        UUID connection = zoom.connection(CREATES);
        zoom.simulator().directory().createLimit(CREATES, 0);

        assertThrows(
                ZoomDailyLimitException.class,
                () -> api.users()
                        .create(
                                connection,
                                io.switchboard.zoom.api.model.CreateAction.CREATE,
                                io.switchboard.zoom.api.model.NewUser.of(
                                        "new@creates.example",
                                        io.switchboard.zoom.api.model.LicenseType.BASIC,
                                        "New",
                                        "User"))
                        .await()
                        .indefinitely());
        long calls = zoom.counters().calls(CREATES);

        api.accounts().planUsage(connection).await().indefinitely();
        assertEquals(calls + 1, zoom.counters().calls(CREATES), "plan usage (Heavy) still goes out");
    }
}
