package io.switchboard.simulator.traffic;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A traffic run: which endpoint receives the webhooks and how Zoom misbehaves while delivering them.
 *
 * @param target the webhook URL, for example {@code http://127.0.0.1:8080/webhooks/zoom}
 * @param secret the app's secret token that signs every delivery
 * @param accountId the Zoom account the events belong to
 * @param events how many events to generate
 * @param ratePerSecond deliveries per second (first attempts)
 * @param duplicateRate share (0 to 1) of deliveries sent twice, as Zoom's at-least-once delivery does
 * @param reorderWindow events are shuffled within windows of this size (1 keeps the order)
 * @param retryDelayMs pause before each of the three retries of a delivery answered 5xx or not answered
 * @param seed makes the run repeatable
 * @param delayedRate share (0 to 1) of deliveries held back, so that they arrive after later events
 * @param delayMs how long a held-back delivery waits
 * @param maxInFlight deliveries on the wire at once (Zoom's delivery concurrency); later ones wait for a free one
 */
public record TrafficRequest(
        String target,
        String secret,
        String accountId,
        int events,
        int ratePerSecond,
        double duplicateRate,
        int reorderWindow,
        long retryDelayMs,
        long seed,
        double delayedRate,
        long delayMs,
        int maxInFlight) {

    /** One event to {@code target} for {@code accountId}, delivered once (with Zoom's retries), now. */
    public static TrafficRequest single(String target, String secret, String accountId) {
        return new TrafficRequest(target, secret, accountId, 1, 1, 0, 1, 1_000, 0, 0, 0, 0);
    }

    /** The request with defaults filled in; throws for values that make no sense. */
    public TrafficRequest checked() {
        if (!isHttpUrl(target)) {
            throw new IllegalArgumentException("target must be an http(s) URL");
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("secret is required");
        }
        if (events < 1 || events > 1_000_000) {
            throw new IllegalArgumentException("events must be between 1 and 1000000");
        }
        if (ratePerSecond < 1 || ratePerSecond > 50_000) {
            throw new IllegalArgumentException("ratePerSecond must be between 1 and 50000");
        }
        if (duplicateRate < 0 || duplicateRate > 1) {
            throw new IllegalArgumentException("duplicateRate must be between 0 and 1");
        }
        if (delayedRate < 0 || delayedRate > 1) {
            throw new IllegalArgumentException("delayedRate must be between 0 and 1");
        }
        if (delayMs < 0 || delayMs > 600_000) {
            throw new IllegalArgumentException("delayMs must be between 0 and 600000");
        }
        if (maxInFlight < 0 || maxInFlight > 1_000) {
            throw new IllegalArgumentException("maxInFlight must be between 1 and 1000 (0 takes 64)");
        }
        return new TrafficRequest(
                target,
                secret,
                accountId == null || accountId.isBlank() ? "SIMACCOUNT00000001" : accountId,
                events,
                ratePerSecond,
                duplicateRate,
                Math.max(1, reorderWindow),
                Math.max(0, retryDelayMs),
                seed,
                delayedRate,
                delayMs,
                maxInFlight == 0 ? 64 : maxInFlight);
    }

    private static boolean isHttpUrl(String target) {
        try {
            URI uri = target == null ? null : new URI(target);
            return uri != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
