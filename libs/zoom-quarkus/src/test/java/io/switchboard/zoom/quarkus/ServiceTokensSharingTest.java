package io.switchboard.zoom.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How {@link ServiceTokens} shares, keeps and renews tokens, against an identity provider the test answers by hand. */
class ServiceTokensSharingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final HandAnsweredProvider provider = new HandAnsweredProvider();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void callersThatNeedARenewalWhileOneIsUnderWayShareIt() {
        ServiceTokens tokens = new ServiceTokens(provider, Duration.ofSeconds(30), clock);
        List<CompletableFuture<String>> callers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            callers.add(tokens.bearer().subscribeAsCompletionStage());
        }
        provider.answer("t1", NOW.plusSeconds(300));

        callers.forEach(caller -> assertEquals("t1", caller.join()));
        assertEquals(1, provider.requests.get());
    }

    @Test
    void aTokenIsKeptUntilItIsAboutToExpireAndThenRenewedOnce() {
        ServiceTokens tokens = new ServiceTokens(provider, Duration.ofSeconds(30), clock);
        CompletableFuture<String> first = tokens.bearer().subscribeAsCompletionStage();
        provider.answer("fresh", NOW.plusSeconds(300));
        assertEquals("fresh", first.join());
        assertEquals("fresh", tokens.bearer().await().indefinitely());
        assertEquals(1, provider.requests.get(), "kept while it has more than 30 s left");

        ServiceTokens nearExpiry = new ServiceTokens(provider, Duration.ofSeconds(30), clock);
        CompletableFuture<String> old = nearExpiry.bearer().subscribeAsCompletionStage();
        provider.answer("old", NOW.plusSeconds(20));
        old.join();
        List<CompletableFuture<String>> renewals = List.of(
                nearExpiry.bearer().subscribeAsCompletionStage(),
                nearExpiry.bearer().subscribeAsCompletionStage());
        provider.answer("renewed", NOW.plusSeconds(300));
        assertEquals(
                List.of("renewed", "renewed"),
                List.of(renewals.get(0).join(), renewals.get(1).join()));
        assertEquals(3, provider.requests.get(), "one renewal for both callers");
    }

    @Test
    void aFailedFetchIsNotKept() {
        ServiceTokens tokens = new ServiceTokens(provider, Duration.ofSeconds(30), clock);
        CompletableFuture<String> failed = tokens.bearer().subscribeAsCompletionStage();
        provider.fail(new IllegalStateException("provider down"));
        assertThrows(Exception.class, failed::join);

        CompletableFuture<String> next = tokens.bearer().subscribeAsCompletionStage();
        provider.answer("after", NOW.plusSeconds(300));
        assertEquals("after", next.join());
        assertEquals(2, provider.requests.get());
    }

    /** An OIDC client whose token requests stay open until the test answers the latest one. */
    private static final class HandAnsweredProvider implements OidcClient {

        final AtomicInteger requests = new AtomicInteger();
        private CompletableFuture<Tokens> pending = new CompletableFuture<>();

        @Override
        public synchronized Uni<Tokens> getTokens(Map<String, String> additionalGrantParameters) {
            requests.incrementAndGet();
            pending = new CompletableFuture<>();
            return Uni.createFrom().completionStage(pending);
        }

        synchronized void answer(String token, Instant expiresAt) {
            pending.complete(new Tokens(token, expiresAt.getEpochSecond(), null, null, null, null, null));
        }

        synchronized void fail(Throwable failure) {
            pending.completeExceptionally(failure);
        }

        @Override
        public Uni<Tokens> refreshTokens(String refreshToken, Map<String, String> additionalGrantParameters) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Boolean> revokeAccessToken(String accessToken, Map<String, String> additionalParameters) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}
    }
}
