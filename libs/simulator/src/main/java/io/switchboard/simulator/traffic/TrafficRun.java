package io.switchboard.simulator.traffic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Counters of one traffic run, as the control API shows them, and the endpoint's answer times. */
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
    /** Requests on the wire, and attempts waiting for one of the run's connections. */
    final AtomicInteger inFlight = new AtomicInteger();

    final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    /** Answer times of delivered attempts, in microseconds. */
    private final Histogram answered = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);

    private final long startedNanos = System.nanoTime();
    private volatile long finishedNanos;
    private final CompletableFuture<Map<String, Object>> done = new CompletableFuture<>();
    volatile boolean generating = true;

    TrafficRun(String id) {
        this.id = id;
    }

    /** Whether every delivery has reached its end (delivered, refused with 4xx, or dropped after 3 retries). */
    public boolean finished() {
        return !generating && outstanding.get() == 0;
    }

    void answeredIn(long micros) {
        answered.recordValue(Math.min(answered.getHighestTrackableValue(), Math.max(1, micros)));
    }

    /** Completes with the final counters once every delivery has reached its end. */
    public CompletionStage<Map<String, Object>> done() {
        return done;
    }

    /** Whether the run finished before {@code nanoTime}. */
    boolean finishedBefore(long nanoTime) {
        return finished() && finishedNanos != 0 && finishedNanos - nanoTime < 0;
    }

    /** Every delivery of the run is scheduled. */
    void doneGenerating() {
        generating = false;
        if (outstanding.get() == 0) {
            finish();
        }
    }

    /** One delivery has reached its end. */
    void ended() {
        if (outstanding.decrementAndGet() == 0 && !generating) {
            finish();
        }
    }

    private void finish() {
        finishedNanos = System.nanoTime();
        done.complete(snapshot());
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
        long end = finished() && finishedNanos != 0 ? finishedNanos : System.nanoTime();
        view.put("elapsedMs", TimeUnit.NANOSECONDS.toMillis(end - startedNanos));
        view.put("answerP50Ms", answered.getValueAtPercentile(50) / 1000.0);
        view.put("answerP99Ms", answered.getValueAtPercentile(99) / 1000.0);
        view.put("answerMaxMs", answered.getMaxValue() / 1000.0);
        return view;
    }
}
