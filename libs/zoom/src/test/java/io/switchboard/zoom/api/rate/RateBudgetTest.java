package io.switchboard.zoom.api.rate;

import static io.switchboard.zoom.api.rate.RateCategory.HEAVY;
import static io.switchboard.zoom.api.rate.RateCategory.LIGHT;
import static io.switchboard.zoom.api.rate.RateCategory.MEDIUM;
import static io.switchboard.zoom.api.rate.RateCategory.RESOURCE_INTENSIVE;
import static io.switchboard.zoom.api.rate.RateTable.CORE;
import static io.switchboard.zoom.api.rate.RateTable.PHONE;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.zoom.api.error.ZoomDailyLimitException;
import io.switchboard.zoom.api.http.Endpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rate budget on clocks the test moves: pacing per account and category, plans, back-offs and daily caps. */
class RateBudgetTest {

    /** Wall and monotonic time, moved by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T23:59:00Z");
        private long nanos = 1_000_000_000L;

        void advance(Duration step) {
            now = now.plus(step);
            nanos += step.toNanos();
        }

        long nanos() {
            return nanos;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    private RateBudget budget(ZoomPlan plan, double share, int dailyCap) {
        return new RateBudget(plan, share, dailyCap, clock, clock::nanos);
    }

    @Test
    void spacesCallsEvenlyAtTheSharedPartOfThePlansRate() {
        RateBudget budget = budget(ZoomPlan.PRO, 0.8, 0);
        for (int call = 0; call < 20; call++) {
            assertEquals(Duration.ofNanos(62_500_000L * call), budget.reserve("acc", CORE, MEDIUM), "call " + call);
        }
        assertEquals(Duration.ZERO, budget.reserve("other-account", CORE, MEDIUM), "each account has its own");
        assertEquals(Duration.ZERO, budget.reserve("acc", CORE, LIGHT), "each category has its own");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(Duration.ZERO, budget.reserve("acc", CORE, MEDIUM), "the queue drained");
    }

    @Test
    void aCallerThatComesLateCatchesUpItsSlotWithoutOverfillingZoomsWindow() {
        RateBudget budget = budget(ZoomPlan.PRO, 0.8, 0); // 16 a second: a slot every 62.5 ms
        long start = clock.nanos();
        List<Long> sent = new ArrayList<>();
        for (int call = 0; call < 156; call++) {
            // The caller is ready 10 ms after its last call, and every fifth time only after 80 ms, past its slot.
            clock.advance(Duration.ofMillis(call % 5 == 4 ? 80 : 10));
            clock.advance(budget.reserve("acc", CORE, MEDIUM));
            sent.add(clock.nanos() - start);
        }
        long everySlotUsed = Duration.ofMillis(10).toNanos() + 155 * 62_500_000L;
        assertTrue(
                sent.get(155) <= everySlotUsed + Duration.ofMillis(1).toNanos(),
                "the last call went at " + sent.get(155) / 1e6 + " ms; every slot used: " + everySlotUsed / 1e6);
        for (int first = 0; first < sent.size(); first++) {
            long from = sent.get(first);
            long inSecond = sent.stream()
                    .filter(at ->
                            at >= from && at < from + Duration.ofSeconds(1).toNanos())
                    .count();
            // 16 evenly spaced calls and the one that catches up; Zoom allows 20.
            assertTrue(inSecond <= 17, "the second from call " + first + " holds " + inSecond + " calls");
        }
    }

    @Test
    void theSpareTokenNeverPutsMoreInASecondThanTheEvenPaceCould() {
        RateBudget budget = budget(ZoomPlan.PRO, 0.87, 0); // 17.4 a second: at most 18 evenly spaced in a second
        budget.reserve("acc", CORE, MEDIUM);
        clock.advance(Duration.ofSeconds(1)); // idle: the bucket fills up, spare token included
        long inSecond = 0;
        for (int call = 0; call < 40; call++) {
            if (budget.reserve("acc", CORE, MEDIUM).compareTo(Duration.ofSeconds(1)) < 0) {
                inSecond++;
            }
        }
        assertEquals(18, inSecond, "what the even pace puts in a second, not the full bucket's 19");
    }

    @Test
    void noOneSecondWindowGetsMoreThanZoomAllows() {
        for (ZoomPlan plan : ZoomPlan.values()) {
            RateBudget budget = budget(plan, 1.0, Integer.MAX_VALUE);
            for (RateCategory category : RateCategory.values()) {
                String account = plan + "-" + category;
                long firstSecond = 0;
                for (int call = 0; call < 200; call++) {
                    if (budget.reserve(account, CORE, category).compareTo(Duration.ofSeconds(1)) < 0) {
                        firstSecond++;
                    }
                }
                assertTrue(
                        firstSecond <= Math.ceil(plan.perSecond(CORE, category)),
                        plan + " " + category + ": " + firstSecond);
            }
        }
    }

    @Test
    void knowsZoomsTablesForProBusinessAndPhone() {
        assertEquals(30, ZoomPlan.PRO.perSecond(CORE, LIGHT));
        assertEquals(20, ZoomPlan.PRO.perSecond(CORE, MEDIUM));
        assertEquals(10, ZoomPlan.PRO.perSecond(CORE, HEAVY));
        assertEquals(10 / 60.0, ZoomPlan.PRO.perSecond(CORE, RESOURCE_INTENSIVE));
        assertEquals(80, ZoomPlan.BUSINESS.perSecond(CORE, LIGHT));
        assertEquals(60, ZoomPlan.BUSINESS.perSecond(CORE, MEDIUM));
        assertEquals(40, ZoomPlan.BUSINESS.perSecond(CORE, HEAVY));
        assertEquals(5, ZoomPlan.PRO.perSecond(PHONE, HEAVY));
        assertEquals(30_000, ZoomPlan.PRO.dailyCap(CORE));
        assertEquals(60_000, ZoomPlan.BUSINESS.dailyCap(CORE));
        assertEquals(15_000, ZoomPlan.PRO.dailyCap(PHONE));
        assertEquals(ZoomPlan.PRO, ZoomPlan.parse(""));
        assertEquals(ZoomPlan.BUSINESS, ZoomPlan.parse("Enterprise"));
    }

    @Test
    void anAccountKnownToBeBusinessGetsBusinessRates() {
        RateBudget budget = budget(ZoomPlan.PRO, 1.0, 0);
        budget.plan("big", ZoomPlan.BUSINESS);
        budget.reserve("big", CORE, HEAVY);
        assertEquals(Duration.ofMillis(25), budget.reserve("big", CORE, HEAVY));
        budget.reserve("small", CORE, HEAVY);
        assertEquals(Duration.ofMillis(100), budget.reserve("small", CORE, HEAVY));
    }

    @Test
    void aBackOffHoldsBackEveryCallOfTheAccountAndCategory() {
        RateBudget budget = budget(ZoomPlan.PRO, 1.0, 0);
        budget.reserve("acc", CORE, LIGHT);
        budget.backOff("acc", CORE, LIGHT, Duration.ofSeconds(2));
        Duration first = budget.reserve("acc", CORE, LIGHT);
        Duration second = budget.reserve("acc", CORE, LIGHT);
        assertTrue(first.compareTo(Duration.ofSeconds(2)) >= 0, first.toString());
        assertTrue(second.compareTo(first) > 0, "still paced after the back-off");
        assertEquals(Duration.ZERO, budget.reserve("acc", CORE, MEDIUM));
    }

    @Test
    void heavyAndResourceIntensiveCallsShareADailyCapThatResetsAtMidnightUtc() {
        RateBudget budget = budget(ZoomPlan.PRO, 1.0, 3);
        budget.reserve("acc", CORE, HEAVY);
        budget.reserve("acc", CORE, RESOURCE_INTENSIVE);
        budget.reserve("acc", CORE, HEAVY);
        ZoomDailyLimitException spent =
                assertThrows(ZoomDailyLimitException.class, () -> budget.reserve("acc", CORE, HEAVY));
        assertEquals(Instant.parse("2026-11-23T00:00:00Z"), spent.resetsAt());
        assertDoesNotThrow(() -> budget.reserve("acc", CORE, LIGHT));
        assertDoesNotThrow(() -> budget.reserve("acc", PHONE, HEAVY), "Zoom Phone's cap is its own");
        assertDoesNotThrow(() -> budget.reserve("other", CORE, HEAVY));
        clock.advance(Duration.ofMinutes(1));
        assertDoesNotThrow(() -> budget.reserve("acc", CORE, HEAVY), "a new UTC day");
    }

    @Test
    void zoomsDailyCapAnswerClosesHeavyCallsUntilMidnightUtc() {
        RateBudget budget = budget(ZoomPlan.PRO, 1.0, 0);
        budget.dailyCapSpent("acc", CORE);
        assertThrows(ZoomDailyLimitException.class, () -> budget.reserve("acc", CORE, HEAVY));
        assertDoesNotThrow(() -> budget.reserve("acc", CORE, MEDIUM));
        clock.advance(Duration.ofMinutes(1));
        assertDoesNotThrow(() -> budget.reserve("acc", CORE, HEAVY));
    }

    @Test
    void everyEndpointDeclaresZoomsRateLimitLabel() {
        Map<Endpoint, RateCategory> labels = new EnumMap<>(Endpoint.class);
        labels.put(Endpoint.LIST_USERS, MEDIUM);
        labels.put(Endpoint.USER_SUMMARY, MEDIUM);
        labels.put(Endpoint.GET_USER, LIGHT);
        labels.put(Endpoint.CREATE_USER, LIGHT);
        labels.put(Endpoint.UPDATE_USER, LIGHT);
        labels.put(Endpoint.UPDATE_USER_STATUS, LIGHT);
        labels.put(Endpoint.DELETE_USER, LIGHT);
        labels.put(Endpoint.PLAN_USAGE, HEAVY);
        labels.put(Endpoint.LIST_ROLES, MEDIUM);
        labels.put(Endpoint.REPORT_USERS, HEAVY);
        labels.put(Endpoint.REPORT_USER_MEETINGS, HEAVY);
        labels.put(Endpoint.PAST_MEETING_PARTICIPANTS, MEDIUM);
        labels.put(Endpoint.PAST_MEETING_INSTANCES, MEDIUM);
        labels.put(Endpoint.DASHBOARD_WEBINARS, RESOURCE_INTENSIVE);
        labels.put(Endpoint.REPORT_WEBINAR, HEAVY);
        labels.put(Endpoint.PAST_WEBINAR_PARTICIPANTS, MEDIUM);
        labels.put(Endpoint.PHONE_CALL_HISTORY, HEAVY);
        for (Endpoint endpoint : Endpoint.values()) {
            assertEquals(labels.get(endpoint), endpoint.category(), endpoint.describe());
            assertEquals(endpoint == Endpoint.PHONE_CALL_HISTORY ? PHONE : CORE, endpoint.table());
        }
    }
}
