package io.switchboard.license.service;

import io.switchboard.domain.DomainException;
import io.switchboard.domain.DomainException.Kind;
import io.switchboard.license.mapping.ActionResult.ZoomAnswer;
import io.switchboard.zoom.api.auth.AccessTokenException;
import io.switchboard.zoom.api.auth.ConnectionGoneException;
import io.switchboard.zoom.api.auth.ConnectionPendingException;
import io.switchboard.zoom.api.auth.ReauthRequiredException;
import io.switchboard.zoom.api.error.ZoomApiException;
import io.switchboard.zoom.api.error.ZoomBadRequestException;
import io.switchboard.zoom.api.error.ZoomDailyLimitException;
import io.switchboard.zoom.api.error.ZoomInvalidTokenException;
import io.switchboard.zoom.api.error.ZoomNotFoundException;
import io.switchboard.zoom.api.error.ZoomRateLimitedException;
import io.switchboard.zoom.api.error.ZoomSeatUnavailableException;
import java.time.Duration;
import java.time.Instant;

/** A user action that Zoom (or the way to its token) refused, as the one problem a dashboard can act on. */
public final class ZoomProblems {

    /** Zoom's code of a change it does not permit on this user: the account owner (or an admin, a Zoom Room). */
    static final int NOT_PERMITTED = 200;

    /** Zoom's code of a user who is already in the account. */
    static final int ALREADY_IN_ACCOUNT = 1005;

    /** How long to wait before trying an action again when Zoom is down. */
    static final Duration ZOOM_DOWN_WAIT = Duration.ofSeconds(30);

    private ZoomProblems() {}

    /** Whether {@code failure} came from Zoom or from getting the connection's token, rather than from us. */
    public static boolean fromZoom(Throwable failure) {
        return failure instanceof ZoomApiException || failure instanceof AccessTokenException;
    }

    /** What Zoom answered, for the audit and a reclaim's results. */
    public static ZoomAnswer answer(Throwable failure) {
        if (failure instanceof ZoomApiException zoom) {
            return new ZoomAnswer(zoom.status(), zoom.code(), zoom.getMessage());
        }
        return new ZoomAnswer(0, 0, failure.getMessage());
    }

    /** The problem of {@code failure} (a {@link #fromZoom} failure); any other failure as it is. */
    public static RuntimeException problem(Throwable failure) {
        if (failure instanceof AccessTokenException token) {
            return tokenProblem(token);
        }
        if (!(failure instanceof ZoomApiException zoom)) {
            return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
        if (zoom instanceof ZoomNotFoundException) {
            return new DomainException(
                    Kind.NOT_FOUND, "zoom-user-not-found", "Zoom user not found", "Zoom has no such user.");
        }
        if (zoom instanceof ZoomSeatUnavailableException) {
            return new DomainException(
                    Kind.CONFLICT,
                    "no-seat-available",
                    "No licence available",
                    "The Zoom plan has no free licence of this type: free a seat (or buy one) first. Zoom said: "
                            + zoom.getMessage());
        }
        if (zoom instanceof ZoomDailyLimitException daily) {
            return new DomainException(
                    Kind.UNAVAILABLE,
                    "zoom-daily-limit",
                    "Zoom daily limit reached",
                    "Zoom's daily limit for this request is reached; it resets at 00:00 UTC. Zoom said: "
                            + daily.getMessage(),
                    untilReset(daily.resetsAt()));
        }
        if (zoom instanceof ZoomRateLimitedException limited) {
            return new DomainException(
                    Kind.UNAVAILABLE,
                    "zoom-rate-limited",
                    "Zoom rate limit",
                    "Zoom's rate limit for this account is spent; try again shortly.",
                    limited.retryAfter().orElse(Duration.ofSeconds(1)));
        }
        if (zoom instanceof ZoomInvalidTokenException) {
            return new DomainException(
                    Kind.UPSTREAM_REFUSED,
                    "zoom-token-refused",
                    "Zoom refused the connection's token",
                    "Zoom refused this connection's access token; the connection may need to be authorised again.");
        }
        if (zoom instanceof ZoomBadRequestException refused) {
            return refusal(refused);
        }
        return new DomainException(
                Kind.UNAVAILABLE,
                "zoom-unavailable",
                "Zoom unavailable",
                "Zoom failed or did not answer; nothing was changed by this request. Try again later.",
                ZOOM_DOWN_WAIT);
    }

    private static DomainException refusal(ZoomBadRequestException refused) {
        if (refused.code() == NOT_PERMITTED) {
            return new DomainException(
                    Kind.CONFLICT,
                    "zoom-user-protected",
                    "Zoom does not permit this change",
                    "Zoom does not let this user be changed this way (the account owner cannot be deactivated,"
                            + " downgraded or removed). Zoom said: " + refused.getMessage());
        }
        if (refused.code() == ALREADY_IN_ACCOUNT) {
            return new DomainException(
                    Kind.CONFLICT, "zoom-user-exists", "Zoom user exists", "Zoom said: " + refused.getMessage());
        }
        return new DomainException(
                Kind.UPSTREAM_REFUSED,
                "zoom-refused",
                "Zoom refused the request",
                "Zoom said: " + refused.getMessage());
    }

    private static DomainException tokenProblem(AccessTokenException token) {
        if (token instanceof ReauthRequiredException) {
            return new DomainException(
                    Kind.CONFLICT,
                    "connection-reauth-required",
                    "Connection needs authorising again",
                    "The Zoom connection must be authorised again by an admin before Zoom can be changed.");
        }
        if (token instanceof ConnectionGoneException) {
            return new DomainException(
                    Kind.NOT_FOUND, "connection-gone", "Connection removed", "The Zoom connection was removed.");
        }
        if (token instanceof ConnectionPendingException) {
            return new DomainException(
                    Kind.CONFLICT,
                    "connection-pending",
                    "Connection not authorised yet",
                    "The Zoom connection is not authorised yet.");
        }
        return new DomainException(
                Kind.UNAVAILABLE,
                "token-unavailable",
                "Zoom access unavailable",
                "The connection's Zoom access token could not be had; try again later.",
                ZOOM_DOWN_WAIT);
    }

    private static Duration untilReset(Instant resetsAt) {
        Duration wait = resetsAt == null ? Duration.ofHours(1) : Duration.between(Instant.now(), resetsAt);
        return wait.isNegative() ? Duration.ofSeconds(1) : wait;
    }
}
