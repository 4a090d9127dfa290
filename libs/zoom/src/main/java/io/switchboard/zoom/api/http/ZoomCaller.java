package io.switchboard.zoom.api.http;

import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.auth.AccessTokens;
import io.switchboard.zoom.api.rate.Backoff;
import io.switchboard.zoom.api.rate.RateBudget;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Makes Zoom calls for a connection: every call gets the connection's access token, waits for the rate budget, and
 * retries as {@link Exchange} says; the answer is read into a record and delivered on the caller's Vert.x context.
 */
public final class ZoomCaller {

    private final Vertx vertx;
    private final ZoomTransport transport;
    private final AccessTokens tokens;
    private final RateBudget budget;
    private final Backoff backoff;
    private final int maxRateLimitRetries;

    public ZoomCaller(
            Vertx vertx,
            ZoomTransport transport,
            AccessTokens tokens,
            RateBudget budget,
            Backoff backoff,
            int maxRateLimitRetries) {
        this.vertx = vertx;
        this.transport = transport;
        this.tokens = tokens;
        this.budget = budget;
        this.backoff = backoff;
        this.maxRateLimitRetries = maxRateLimitRetries;
    }

    /** Calls {@code request} for {@code connectionId} and reads Zoom's answer as {@code type}. */
    public <T> Uni<T> call(UUID connectionId, ZoomRequest request, Class<T> type) {
        String call = request.endpoint().describe();
        return CallerContext.deliver(
                exchange(connectionId, request).map(response -> ZoomJson.read(bytes(response), type, call)));
    }

    /** Calls {@code request} for {@code connectionId}, whose answer has no body worth reading. */
    public Uni<Void> send(UUID connectionId, ZoomRequest request) {
        return CallerContext.deliver(exchange(connectionId, request).replaceWithVoid());
    }

    AccessTokens tokens() {
        return tokens;
    }

    RateBudget budget() {
        return budget;
    }

    Backoff backoff() {
        return backoff;
    }

    ZoomTransport transport() {
        return transport;
    }

    int maxRateLimitRetries() {
        return maxRateLimitRetries;
    }

    /** Completes after {@code delay} on a Vert.x timer (at once for none). */
    Uni<Void> sleep(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return Uni.createFrom().voidItem();
        }
        long millis = Math.max(1, delay.toMillis());
        return Uni.createFrom().emitter(emitter -> {
            long timer = vertx.setTimer(millis, fired -> emitter.complete(null));
            emitter.onTermination(() -> vertx.cancelTimer(timer));
        });
    }

    private Uni<HttpResponse<Buffer>> exchange(UUID connectionId, ZoomRequest request) {
        return Uni.createFrom().deferred(() -> new Exchange(connectionId, request, this).run());
    }

    private static byte[] bytes(HttpResponse<Buffer> response) {
        Buffer body = response.body();
        return body == null ? new byte[0] : body.getBytes();
    }
}
