package io.switchboard.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The ingest service's metrics: deliveries by outcome and event type, refusals by reason, Kafka publish latency
 * and requests in flight.
 */
@ApplicationScoped
public class WebhookMetrics {

    private static final Pattern EVENT_NAME = Pattern.compile("[a-z0-9_.]{1,80}");

    private final MeterRegistry registry;
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final Timer publishLatency;
    private final AtomicInteger inFlight = new AtomicInteger();

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.publishLatency = Timer.builder("switchboard.webhook.publish")
                .description("Time from handing a verified event to Kafka until the broker acknowledged it")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(3))
                .register(registry);
        registry.gauge("switchboard.webhook.in.flight", inFlight);
    }

    /** Counts a delivery with its outcome (published, validated, rejected, malformed, too_large, unavailable). */
    public void delivery(String outcome, String eventType) {
        String event = eventType != null && EVENT_NAME.matcher(eventType).matches() ? eventType : "other";
        counters.computeIfAbsent(
                        "d|" + outcome + "|" + event,
                        key -> Counter.builder("switchboard.webhook.deliveries")
                                .description("Webhook deliveries by outcome and Zoom event type")
                                .tag("outcome", outcome)
                                .tag("event", event)
                                .register(registry))
                .increment();
    }

    /** Counts a delivery refused by signature verification, by reason. */
    public void rejected(Verdict verdict) {
        counters.computeIfAbsent(
                        "r|" + verdict.reason(),
                        key -> Counter.builder("switchboard.webhook.rejected")
                                .description("Webhook deliveries refused by signature verification, by reason")
                                .tag("reason", verdict.reason())
                                .register(registry))
                .increment();
        delivery("rejected", null);
    }

    public void published(long nanos) {
        publishLatency.record(Duration.ofNanos(nanos));
    }

    public void requestStarted() {
        inFlight.incrementAndGet();
    }

    public void requestEnded() {
        inFlight.decrementAndGet();
    }
}
