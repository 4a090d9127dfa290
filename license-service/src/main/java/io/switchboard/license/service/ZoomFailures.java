package io.switchboard.license.service;

import io.switchboard.domain.DomainException;
import io.switchboard.domain.DomainException.Kind;
import io.switchboard.zoom.api.error.ZoomApiException;
import io.switchboard.zoom.api.error.ZoomDailyLimitException;
import io.switchboard.zoom.api.error.ZoomInvalidTokenException;
import io.switchboard.zoom.api.error.ZoomRateLimitedException;
import java.time.Duration;
import java.time.Instant;

/** A failed read from Zoom (plan usage, roles) as the problem a dashboard can act on. */
final class ZoomFailures {

    private ZoomFailures() {}

    static Throwable problem(Throwable failure) {
        if (!(failure instanceof ZoomApiException zoom)) {
            return failure;
        }
        if (zoom instanceof ZoomRateLimitedException limited) {
            return new DomainException(
                    Kind.UNAVAILABLE,
                    "zoom-rate-limited",
                    "Zoom rate limit",
                    "Zoom's rate limit for this account is spent; try again shortly.",
                    limited.retryAfter().orElse(Duration.ofSeconds(1)));
        }
        if (zoom instanceof ZoomDailyLimitException daily) {
            return new DomainException(
                    Kind.UNAVAILABLE,
                    "zoom-daily-limit",
                    "Zoom daily limit",
                    "The account's daily limit of Heavy Zoom calls is spent until 00:00 UTC.",
                    Duration.between(Instant.now(), daily.resetsAt()));
        }
        if (zoom instanceof ZoomInvalidTokenException) {
            return new DomainException(
                    Kind.UPSTREAM_REFUSED,
                    "zoom-token-refused",
                    "Zoom refused the connection's token",
                    "Zoom refused this connection's access token; the connection may need to be authorised again.");
        }
        if (zoom.isTransient()) {
            return new DomainException(
                    Kind.UNAVAILABLE,
                    "zoom-unavailable",
                    "Zoom unavailable",
                    "Zoom did not answer the plan usage request; try again later.",
                    Duration.ofSeconds(30));
        }
        return new DomainException(
                Kind.UPSTREAM_REFUSED, "zoom-refused", "Zoom refused the request", zoom.getMessage());
    }
}
