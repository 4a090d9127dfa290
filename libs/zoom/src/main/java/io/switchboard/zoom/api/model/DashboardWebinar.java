package io.switchboard.zoom.api.model;

import java.time.Instant;

/**
 * A past webinar of the account, from the Dashboard's {@code GET /metrics/webinars?type=past}: its instance
 * {@code uuid}, its webinar {@code id} and when it ran. The Dashboard names the host but gives no host id; {@code GET
 * /report/webinars/{uuid}} does.
 */
public record DashboardWebinar(
        String uuid, long id, String host, String email, String topic, Instant startTime, Instant endTime) {}
