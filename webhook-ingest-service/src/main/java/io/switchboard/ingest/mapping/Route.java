package io.switchboard.ingest.mapping;

import java.time.Instant;

/**
 * Where one verified Zoom event goes.
 *
 * @param topic the Kafka topic (DESIGN.md section 2)
 * @param key the record key: the unit whose events must stay in order
 * @param eventType Zoom's event name, the CloudEvent type
 * @param accountId the Zoom account the event belongs to, when it names one
 * @param time when the event happened (Zoom's event_ts), or when it arrived if Zoom did not say
 */
public record Route(String topic, String key, String eventType, String accountId, Instant time) {}
