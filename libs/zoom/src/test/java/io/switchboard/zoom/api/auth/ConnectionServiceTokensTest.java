package io.switchboard.zoom.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.auth.FakeConnectionService.Answer;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens from connection-service (played by a small Vert.x server): caching, single flight, typed failures. */
class ConnectionServiceTokensTest {

    private static final String SERVICE_TOKEN = "service-jwt-abc";
    private static final String ACCOUNT = "ZOOMACCOUNT1";

    private static Vertx vertx;
    private static FakeConnectionService service;
    private static ConnectionServiceTokens tokens;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        service = new FakeConnectionService(vertx.getDelegate());
        ConnectionServiceSettings settings =
                ConnectionServiceSettings.defaults(service.url()).withRequestTimeout(Duration.ofMillis(500));
        tokens = new ConnectionServiceTokens(
                vertx, settings, () -> Uni.createFrom().item(SERVICE_TOKEN));
    }

    @AfterAll
    static void stop() {
        tokens.close();
        service.close();
        vertx.closeAndAwait();
    }

    @Test
    void asksWithTheServiceTokenAndCachesTheAnswerUntilShortlyBeforeItExpires() {
        UUID lasting = UUID.randomUUID();
        service.answer(
                lasting, (id, n) -> Answer.token("zoom-" + n, Instant.now().plusSeconds(3600), ACCOUNT));
        for (int call = 0; call < 5; call++) {
            AccessToken token = get(lasting);
            assertEquals("zoom-1", token.value());
            assertEquals(ACCOUNT, token.zoomAccountId());
        }
        assertEquals(1, service.requests(lasting));
        assertTrue(service.authorizations.contains("Bearer " + SERVICE_TOKEN));

        UUID expiring = UUID.randomUUID();
        service.answer(
                expiring, (id, n) -> Answer.token("zoom-" + n, Instant.now().plusSeconds(30), ACCOUNT));
        assertEquals("zoom-1", get(expiring).value());
        assertEquals("zoom-2", get(expiring).value(), "30 s left is inside the minute of renewal");
        assertEquals(2, service.requests(expiring));
    }

    @Test
    void concurrentCallersShareOneRequest() {
        UUID connection = UUID.randomUUID();
        service.answer(
                connection,
                (id, n) -> Answer.token("zoom-" + n, Instant.now().plusSeconds(3600), ACCOUNT)
                        .delayed(200));
        List<AccessToken> all = Multi.createFrom()
                .range(0, 20)
                .onItem()
                .transformToUniAndMerge(i -> tokens.forConnection(connection))
                .collect()
                .asList()
                .await()
                .atMost(Duration.ofSeconds(5));
        assertEquals(20, all.size());
        assertTrue(all.stream().allMatch(token -> "zoom-1".equals(token.value())));
        assertEquals(1, service.requests(connection));
    }

    @Test
    void anInvalidatedTokenIsAskedForAgainButANewerOneIsKept() {
        UUID connection = UUID.randomUUID();
        service.answer(
                connection, (id, n) -> Answer.token("zoom-" + n, Instant.now().plusSeconds(3600), ACCOUNT));
        AccessToken first = get(connection);
        tokens.invalidate(connection, first);
        AccessToken second = get(connection);
        assertNotEquals(first, second);
        tokens.invalidate(connection, first);
        assertEquals(second, get(connection), "a stale invalidation leaves the newer token alone");
        assertEquals(2, service.requests(connection));
    }

    @Test
    void reauthRequiredIsTypedAndMeansStop() {
        UUID connection = UUID.randomUUID();
        service.answer(connection, (id, n) -> Answer.problem(409, "reauth-required", "connect again"));
        ReauthRequiredException failure = assertThrows(ReauthRequiredException.class, () -> get(connection));
        assertFalse(failure.isTransient());
        assertEquals(connection, failure.connectionId());
        assertTrue(failure.getMessage().contains("connect again"));
        UUID snake = UUID.randomUUID();
        service.answer(snake, (id, n) -> Answer.problem(409, "reauth_required", "connect again"));
        assertThrows(ReauthRequiredException.class, () -> get(snake));
    }

    @Test
    void everyOtherOutcomeIsTyped() {
        assertInstanceOf(ConnectionGoneException.class, failureOf(Answer.problem(404, "not-found", "gone")));
        assertInstanceOf(
                ConnectionPendingException.class, failureOf(Answer.problem(409, "connection-pending", "pending")));
        AccessTokenException unavailable = failureOf(Answer.problem(503, "zoom-unavailable", "later"));
        assertInstanceOf(TokenServiceUnavailableException.class, unavailable);
        assertTrue(unavailable.isTransient());
        assertInstanceOf(TokenServiceRefusedException.class, failureOf(Answer.problem(403, "forbidden", "no")));
        AccessTokenException slow = failureOf(
                Answer.token("late", Instant.now().plusSeconds(3600), ACCOUNT).delayed(2_000));
        assertInstanceOf(TokenServiceUnavailableException.class, slow);
        assertFalse(slow.getMessage().contains(SERVICE_TOKEN));
    }

    @Test
    void aFailedAskIsNotCached() {
        UUID connection = UUID.randomUUID();
        service.answer(
                connection,
                (id, n) -> n == 1
                        ? Answer.problem(500, "internal", "boom")
                        : Answer.token("zoom-" + n, Instant.now().plusSeconds(3600), ACCOUNT));
        assertThrows(TokenServiceUnavailableException.class, () -> get(connection));
        assertEquals("zoom-2", get(connection).value());
    }

    @Test
    void noServiceTokenIsTransient() {
        ConnectionServiceTokens broken = new ConnectionServiceTokens(
                vertx,
                ConnectionServiceSettings.defaults(service.url()),
                () -> Uni.createFrom().failure(new IllegalStateException("OIDC down")));
        try (broken) {
            UUID connection = UUID.randomUUID();
            assertThrows(
                    TokenServiceUnavailableException.class,
                    () -> broken.forConnection(connection).await().indefinitely());
            assertEquals(0, service.requests(connection));
        }
    }

    private static AccessToken get(UUID connection) {
        return tokens.forConnection(connection).await().atMost(Duration.ofSeconds(5));
    }

    private static AccessTokenException failureOf(Answer answer) {
        UUID connection = UUID.randomUUID();
        service.answer(connection, (id, n) -> answer);
        return assertThrows(AccessTokenException.class, () -> get(connection));
    }
}
