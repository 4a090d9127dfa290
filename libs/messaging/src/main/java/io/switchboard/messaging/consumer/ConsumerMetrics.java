package io.switchboard.messaging.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code switchboard_consumer_records_total{topic, outcome}} (applied, duplicate, ignored, dead_lettered) and
 * {@code switchboard_consumer_retries_total{topic, failure}}. Consumer lag comes from the Kafka client's own
 * metrics ({@code kafka_consumer_fetch_manager_records_lag_max}).
 */
@ApplicationScoped
public class ConsumerMetrics {

    private final MeterRegistry registry;

    public ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one record of {@code topic} that ended with {@code outcome}. */
    public void record(String topic, Outcome outcome) {
        Counter.builder("switchboard.consumer.records")
                .description("Consumed records by outcome")
                .tag("topic", topic)
                .tag("outcome", outcome.tag())
                .register(registry)
                .increment();
    }

    /** Counts one retry of a record of {@code topic} after {@code failure}. */
    public void retry(String topic, Throwable failure) {
        Counter.builder("switchboard.consumer.retries")
                .description("Retries of records whose processing failed on the infrastructure")
                .tag("topic", topic)
                .tag("failure", failure.getClass().getSimpleName())
                .register(registry)
                .increment();
    }
}
