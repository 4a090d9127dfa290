package io.switchboard.zoom.api.auth;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Each connection's token, kept until shortly before it expires, fetched once however many callers ask at the same
 * time (single flight): they all wait for the one fetch. A failed fetch is not kept, so the next caller asks again.
 */
final class TokenCache {

    private final Function<UUID, Uni<AccessToken>> fetch;
    private final Duration renewBefore;
    private final Clock clock;
    private final ConcurrentMap<UUID, CompletableFuture<AccessToken>> entries = new ConcurrentHashMap<>();

    TokenCache(Function<UUID, Uni<AccessToken>> fetch, Duration renewBefore, Clock clock) {
        this.fetch = fetch;
        this.renewBefore = renewBefore;
        this.clock = clock;
    }

    /** The cached token of {@code connectionId}, or the one fetch in flight, or a new fetch. */
    Uni<AccessToken> get(UUID connectionId) {
        // Each caller gets a copy: one caller giving up must not cancel the fetch the others wait for.
        return Uni.createFrom()
                .completionStage(() -> entry(connectionId).copy())
                .onFailure(CompletionException.class)
                .transform(Throwable::getCause);
    }

    /** Forgets {@code token} of {@code connectionId}, unless a newer one is cached already. */
    void invalidate(UUID connectionId, AccessToken token) {
        CompletableFuture<AccessToken> current = entries.get(connectionId);
        if (current != null && token.equals(current.getNow(null))) {
            entries.remove(connectionId, current);
        }
    }

    private CompletableFuture<AccessToken> entry(UUID connectionId) {
        while (true) {
            CompletableFuture<AccessToken> current = entries.get(connectionId);
            if (current != null && usable(current)) {
                return current;
            }
            CompletableFuture<AccessToken> fresh = new CompletableFuture<>();
            boolean installed = current == null
                    ? entries.putIfAbsent(connectionId, fresh) == null
                    : entries.replace(connectionId, current, fresh);
            if (installed) {
                start(connectionId, fresh);
                return fresh;
            }
        }
    }

    private boolean usable(CompletableFuture<AccessToken> entry) {
        if (!entry.isDone()) {
            return true;
        }
        AccessToken token = entry.isCompletedExceptionally() ? null : entry.join();
        return token != null && token.validAt(clock.instant().plus(renewBefore));
    }

    private void start(UUID connectionId, CompletableFuture<AccessToken> fresh) {
        fresh.whenComplete((token, failure) -> {
            if (failure != null) {
                entries.remove(connectionId, fresh);
            }
        });
        fetch.apply(connectionId).subscribe().with(fresh::complete, fresh::completeExceptionally);
    }
}
