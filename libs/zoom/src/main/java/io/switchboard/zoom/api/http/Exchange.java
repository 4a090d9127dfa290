package io.switchboard.zoom.api.http;

import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.auth.AccessToken;
import io.switchboard.zoom.api.error.ZoomApiException;
import io.switchboard.zoom.api.error.ZoomDailyLimitException;
import io.switchboard.zoom.api.error.ZoomError;
import io.switchboard.zoom.api.error.ZoomErrors;
import io.switchboard.zoom.api.error.ZoomInvalidTokenException;
import io.switchboard.zoom.api.error.ZoomRateLimitedException;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One call's way to Zoom: the connection's token, the rate budget's go, the request, and what to do with a refusal.
 * A 401 drops the token and tries once more with a fresh one; a per-second 429 backs off the account's bucket (so
 * that the calls queued behind it wait too) and tries again, a few times at most; a daily-cap 429 closes the
 * account's Heavy calls until 00:00 UTC. Everything else fails with its typed exception.
 */
final class Exchange {

    private static final String RETRY_AFTER = "Retry-After";

    private final UUID connectionId;
    private final ZoomRequest request;
    private final ZoomCaller caller;
    private boolean tokenRetried;
    private int rateLimitRetries;

    Exchange(UUID connectionId, ZoomRequest request, ZoomCaller caller) {
        this.connectionId = connectionId;
        this.request = request;
        this.caller = caller;
    }

    /** Zoom's successful answer, or the typed failure. */
    Uni<HttpResponse<Buffer>> run() {
        return caller.tokens().forConnection(connectionId).flatMap(this::attempt);
    }

    private Uni<HttpResponse<Buffer>> attempt(AccessToken token) {
        return admitted(token)
                .flatMap(go -> caller.transport().send(token, request))
                .flatMap(response -> answered(token, response));
    }

    /** Waits until the rate budget lets the call go out; fails when the account's daily cap is spent. */
    private Uni<Void> admitted(AccessToken token) {
        Endpoint endpoint = request.endpoint();
        return Uni.createFrom()
                .item(() -> caller.budget().reserve(token.zoomAccountId(), endpoint.table(), endpoint.category()))
                .flatMap(caller::sleep);
    }

    private Uni<HttpResponse<Buffer>> answered(AccessToken token, HttpResponse<Buffer> response) {
        if (response.statusCode() >= 200 && response.statusCode() < 300) {
            return Uni.createFrom().item(response);
        }
        ZoomApiException failure = classify(response);
        if (failure instanceof ZoomInvalidTokenException && !tokenRetried) {
            tokenRetried = true;
            caller.tokens().invalidate(connectionId, token);
            return run();
        }
        if (failure instanceof ZoomRateLimitedException limited && rateLimitRetries < caller.maxRateLimitRetries()) {
            rateLimitRetries++;
            backOff(token, limited);
            return run();
        }
        // Only the Heavy and Resource-intensive calls share the daily cap; another daily limit (Zoom's users a day
        // that an account may create) closes nothing else.
        if (failure instanceof ZoomDailyLimitException
                && request.endpoint().category().countsAgainstDailyCap()) {
            caller.budget()
                    .dailyCapSpent(token.zoomAccountId(), request.endpoint().table());
        }
        return Uni.createFrom().failure(failure);
    }

    private void backOff(AccessToken token, ZoomRateLimitedException limited) {
        Duration delay = caller.backoff().delay(rateLimitRetries, limited.retryAfter());
        Endpoint endpoint = request.endpoint();
        caller.budget().backOff(token.zoomAccountId(), endpoint.table(), endpoint.category(), delay);
    }

    private ZoomApiException classify(HttpResponse<Buffer> response) {
        Buffer body = response.body();
        return ZoomErrors.classify(
                request.endpoint().describe(),
                response.statusCode(),
                ZoomError.parse(body == null ? null : body.getBytes()),
                response.getHeader(RETRY_AFTER),
                Instant.now(),
                caller.budget().nextDailyReset());
    }
}
