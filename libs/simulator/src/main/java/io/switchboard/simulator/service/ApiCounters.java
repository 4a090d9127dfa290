package io.switchboard.simulator.service;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of the REST API's answers, so that tests can prove what reached Zoom: {@code api.calls} and
 * {@code api.status.<status>} overall, and the same with {@code .<accountId>} appended per account (for example
 * {@code api.status.429.SIMACCOUNT00000002}). Calls whose token names no account count under {@code anonymous}.
 */
public class ApiCounters {

    /** The account name of calls without a valid token. */
    public static final String ANONYMOUS = "anonymous";

    private static final String CALLS = "api.calls";
    private static final String STATUS = "api.status.";

    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    /** Counts one answer with {@code status} to a call of {@code accountId} (null for none). */
    public void answered(String accountId, int status) {
        String account = accountId == null ? ANONYMOUS : accountId;
        increment(CALLS);
        increment(CALLS + "." + account);
        increment(STATUS + status);
        increment(STATUS + status + "." + account);
    }

    /** Calls answered for {@code accountId}. */
    public long calls(String accountId) {
        return get(CALLS + "." + accountId);
    }

    /** Answers with {@code status} to calls of {@code accountId}. */
    public long answers(String accountId, int status) {
        return get(STATUS + status + "." + accountId);
    }

    /** Every counter by name. */
    public Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new TreeMap<>();
        counters.forEach((name, value) -> snapshot.put(name, value.get()));
        return snapshot;
    }

    public void reset() {
        counters.clear();
    }

    private long get(String name) {
        AtomicLong value = counters.get(name);
        return value == null ? 0 : value.get();
    }

    private void increment(String name) {
        counters.computeIfAbsent(name, key -> new AtomicLong()).incrementAndGet();
    }
}
