package io.switchboard.simulator.traffic;

import io.switchboard.simulator.service.Directory;
import io.switchboard.simulator.service.History;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers generated Zoom activity to a webhook endpoint the way Zoom does: signed with the v0 scheme and Zoom's
 * headers, at a target rate, sometimes twice, out of order within a window, some held back, and retried three times
 * on 5xx or no answer before the event is dropped. 4xx answers are never retried (Zoom does not either).
 */
public class TrafficGenerator implements AutoCloseable {

    private static final int MAX_RETRIES = 3;
    /** How long a finished run's counters stay readable. */
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);
    /** Zoom waits three seconds for an answer. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "simulator-traffic");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, TrafficRun> runs = new ConcurrentHashMap<>();
    private final Directory directory;
    private final History history;

    public TrafficGenerator(Directory directory, History history) {
        this.directory = directory;
        this.history = history;
    }

    /** Generates the run's events (changing the simulated account to match) and starts delivering them. */
    public TrafficRun start(TrafficRequest request) {
        TrafficRequest checked = request.checked();
        return deliver(checked, generate(checked));
    }

    /** Delivers {@code bodies} in the background as Zoom would, with the request's rate and misbehaviour. */
    public TrafficRun deliver(TrafficRequest request, List<String> bodies) {
        TrafficRequest checked = request.checked();
        runs.values().removeIf(old -> old.finishedBefore(System.nanoTime() - KEEP_FINISHED.toNanos()));
        TrafficRun run = new TrafficRun(UUID.randomUUID().toString());
        runs.put(run.id, run);
        Random random = new Random(checked.seed() ^ 0x5deece66dL);
        long intervalNanos = 1_000_000_000L / checked.ratePerSecond();
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            run.generated.incrementAndGet();
            boolean duplicate = random.nextDouble() < checked.duplicateRate();
            boolean late = random.nextDouble() < checked.delayedRate();
            run.outstanding.addAndGet(duplicate ? 2 : 1);
            long delay = i * intervalNanos + (late ? TimeUnit.MILLISECONDS.toNanos(checked.delayMs()) : 0);
            if (late) {
                run.delayed.incrementAndGet();
            }
            scheduler.schedule(() -> deliver(checked, run, body, 0), delay, TimeUnit.NANOSECONDS);
            if (duplicate) {
                run.duplicates.incrementAndGet();
                scheduler.schedule(
                        () -> deliver(checked, run, body, 0), delay + intervalNanos / 2, TimeUnit.NANOSECONDS);
            }
        }
        run.doneGenerating();
        return run;
    }

    public TrafficRun run(String id) {
        return runs.get(id);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private List<String> generate(TrafficRequest request) {
        EventFactory factory = new EventFactory(request.seed(), request.accountId(), directory, history);
        List<String> bodies = new ArrayList<>(request.events());
        while (bodies.size() < request.events()) {
            for (String body : factory.nextScenario()) {
                if (bodies.size() < request.events()) {
                    bodies.add(body);
                }
            }
        }
        if (request.reorderWindow() > 1) {
            Random random = new Random(request.seed());
            for (int start = 0; start < bodies.size(); start += request.reorderWindow()) {
                Collections.shuffle(
                        bodies.subList(start, Math.min(bodies.size(), start + request.reorderWindow())), random);
            }
        }
        return bodies;
    }

    /** Queues one attempt; it goes out as soon as the run has a free connection (at most maxInFlight at once). */
    private void deliver(TrafficRequest request, TrafficRun run, String body, int attempt) {
        run.waiting.add(() -> send(request, run, body, attempt));
        drain(run, request.maxInFlight());
    }

    /**
     * Sends queued attempts while connections are free. Whoever queues an attempt or frees a connection drains, so
     * no attempt stays queued while a connection is free.
     */
    private static void drain(TrafficRun run, int maxInFlight) {
        while (!run.waiting.isEmpty()) {
            if (run.inFlight.incrementAndGet() > maxInFlight) {
                if (run.inFlight.decrementAndGet() >= maxInFlight) {
                    return; // every connection is busy: the next one to free up drains
                }
                continue; // a connection freed up meanwhile
            }
            Runnable next = run.waiting.poll();
            if (next == null) {
                run.inFlight.decrementAndGet();
                continue;
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                // The attempt could not even be sent: it ends here, and its connection is free again.
                run.inFlight.decrementAndGet();
                run.dropped.incrementAndGet();
                run.ended();
            }
        }
    }

    private void send(TrafficRequest request, TrafficRun run, String body, int attempt) {
        run.attempts.incrementAndGet();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest post = HttpRequest.newBuilder(URI.create(request.target()))
                .timeout(ANSWER_TIMEOUT)
                .header("content-type", "application/json; charset=utf-8")
                .header("user-agent", "Zoom Marketplace/1.0a")
                .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(request.secret(), timestamp, bytes))
                .header(WebhookSigner.REQUEST_ID_HEADER, UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        long sent = System.nanoTime();
        http.sendAsync(post, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            int status = failure == null ? response.statusCode() : 0;
            if (status >= 200 && status < 300) {
                run.answeredIn(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent));
                run.delivered.incrementAndGet();
                run.ended();
            } else if (status >= 300 && status < 500) {
                run.refused.incrementAndGet();
                run.ended();
            } else if (attempt < MAX_RETRIES) {
                run.retries.incrementAndGet();
                scheduler.schedule(
                        () -> deliver(request, run, body, attempt + 1), request.retryDelayMs(), TimeUnit.MILLISECONDS);
            } else {
                run.dropped.incrementAndGet();
                run.ended();
            }
            run.inFlight.decrementAndGet();
            drain(run, request.maxInFlight());
        });
    }
}
