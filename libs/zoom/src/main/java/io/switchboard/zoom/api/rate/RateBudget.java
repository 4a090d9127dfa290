package io.switchboard.zoom.api.rate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Paces calls so that Zoom's rate limits are never hit in steady state: a token bucket per Zoom account, rate table
 * and category, refilled at {@code share} of the plan's per-second rate (Zoom's limits are shared by every app on the
 * account, and every process of a service has a budget of its own), so that calls are spaced evenly, with one spare
 * token so that a caller who comes late catches up instead of losing the slot, and never more calls in one of Zoom's
 * windows (a second; a minute for Resource-intensive APIs) than evenly spaced calls could put in it; and the daily
 * cap of Heavy and Resource-intensive calls. A 429 that still comes backs off the whole bucket, so that the calls
 * queued behind it wait too. Accounts are on {@link ZoomPlan#PRO} unless told otherwise.
 */
public final class RateBudget {

    private final ZoomPlan defaultPlan;
    private final double share;
    private final int dailyCap;
    private final LongSupplier nanoTime;
    private final DailyCaps days;
    private final Map<String, ZoomPlan> plans = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param defaultPlan the plan of accounts not set with {@link #plan(String, ZoomPlan)}
     * @param share the part (above 0, at most 1) of Zoom's per-second rates this budget spends
     * @param dailyCap Heavy and Resource-intensive calls per account and UTC day; 0 takes the plan's
     * @param clock the wall clock of the daily cap (UTC days)
     * @param nanoTime the monotonic clock of the pacing
     */
    public RateBudget(ZoomPlan defaultPlan, double share, int dailyCap, Clock clock, LongSupplier nanoTime) {
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("share must be above 0 and at most 1, not " + share);
        }
        this.defaultPlan = defaultPlan;
        this.share = share;
        this.dailyCap = dailyCap;
        this.nanoTime = nanoTime;
        this.days = new DailyCaps(clock);
    }

    /** A budget on the system clocks. */
    public static RateBudget of(ZoomPlan defaultPlan, double share, int dailyCap) {
        return new RateBudget(defaultPlan, share, dailyCap, Clock.systemUTC(), System::nanoTime);
    }

    /** Sets the plan of {@code accountId}, for example once its plan is known to be Business or above. */
    public void plan(String accountId, ZoomPlan plan) {
        plans.put(accountId, plan);
        buckets.keySet().removeIf(key -> key.startsWith(accountId + "|"));
    }

    /**
     * Reserves one call of {@code accountId} in {@code category} of {@code table}: how long it must wait before it
     * goes out. Throws {@link io.switchboard.zoom.api.error.ZoomDailyLimitException} when the day's cap is spent.
     */
    public Duration reserve(String accountId, RateTable table, RateCategory category) {
        if (category.countsAgainstDailyCap()) {
            days.take(
                    accountId + "|" + table,
                    dailyCap > 0 ? dailyCap : planOf(accountId).dailyCap(table));
        }
        return Duration.ofNanos(bucket(accountId, table, category).reserve(nanoTime.getAsLong()));
    }

    /** Zoom answered 429: no call of this account and category goes out for {@code delay}. */
    public void backOff(String accountId, RateTable table, RateCategory category, Duration delay) {
        long now = nanoTime.getAsLong();
        bucket(accountId, table, category).backOff(now, now + delay.toNanos());
    }

    /** Zoom answered that the daily cap is spent: no Heavy or Resource-intensive call until 00:00 UTC. */
    public void dailyCapSpent(String accountId, RateTable table) {
        days.close(accountId + "|" + table);
    }

    /** When daily caps reset next: 00:00 UTC. */
    public Instant nextDailyReset() {
        return days.nextReset();
    }

    /** Calls per second this budget allows {@code accountId} in {@code category} of {@code table}. */
    public double perSecond(String accountId, RateTable table, RateCategory category) {
        return planOf(accountId).perSecond(table, category) * share;
    }

    private ZoomPlan planOf(String accountId) {
        return plans.getOrDefault(accountId, defaultPlan);
    }

    private TokenBucket bucket(String accountId, RateTable table, RateCategory category) {
        return buckets.computeIfAbsent(
                accountId + "|" + table + "|" + category,
                key -> bucket(
                        perSecond(accountId, table, category),
                        planOf(accountId).perSecond(table, category),
                        category.window()));
    }

    /**
     * Calls at {@code perSecond} with one spare token, so that a late caller catches up, and never more calls in a
     * {@code window} than the evenly spaced rate can put in one (its share of the window plus one) nor than Zoom
     * allows ({@code zoomPerSecond}).
     */
    private TokenBucket bucket(double perSecond, double zoomPerSecond, Duration window) {
        double seconds = window.toNanos() / 1e9;
        int zoomLimit = (int) Math.ceil(zoomPerSecond * seconds - 1e-9);
        int perWindow = Math.min(zoomLimit, (int) Math.floor(perSecond * seconds + 1e-9) + 1);
        return new TokenBucket(perSecond, 2, window.toNanos(), perWindow, nanoTime.getAsLong());
    }
}
