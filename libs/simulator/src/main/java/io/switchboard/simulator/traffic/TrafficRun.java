package io.switchboard.simulator.traffic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of one traffic run, as the control API shows them. */
public final class TrafficRun {

    final String id;
    final AtomicLong generated = new AtomicLong();
    final AtomicLong attempts = new AtomicLong();
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong delayed = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong outstanding = new AtomicLong();
    volatile boolean generating = true;

    TrafficRun(String id) {
        this.id = id;
    }

    /** Whether every delivery has reached its end (delivered, refused with 4xx, or dropped after 3 retries). */
    public boolean finished() {
        return !generating && outstanding.get() == 0;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("runId", id);
        view.put("finished", finished());
        view.put("generated", generated.get());
        view.put("attempts", attempts.get());
        view.put("delivered", delivered.get());
        view.put("duplicates", duplicates.get());
        view.put("delayed", delayed.get());
        view.put("retries", retries.get());
        view.put("refused", refused.get());
        view.put("dropped", dropped.get());
        return view;
    }
}
