package io.switchboard.zoom.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.switchboard.simulator.SimulatorSettings;
import io.switchboard.simulator.service.ApiCounters;
import io.switchboard.simulator.service.Faults;
import io.switchboard.zoom.api.auth.AccessToken;
import io.switchboard.zoom.api.auth.AccessTokens;
import io.switchboard.zoom.api.error.ZoomInvalidTokenException;
import io.switchboard.zoom.api.error.ZoomUnavailableException;
import io.switchboard.zoom.api.model.UserStatus;
import io.vertx.core.Context;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Token refusals, timeouts and the caller's Vert.x context, against the simulator. */
class CallBehaviourTest {

    private static final String ACCOUNT = "SIMCALLBEHAVIOUR01";

    private static SimulatedZoom zoom;

    @BeforeAll
    static void start() {
        zoom = SimulatedZoom.start(SimulatorSettings.defaults(), ACCOUNT);
    }

    @AfterAll
    static void stop() {
        zoom.close();
    }

    @AfterEach
    void clearFaults() {
        zoom.simulator().faults().clear();
    }

    @Test
    void aTokenZoomRefusesIsDroppedAndTheCallRetriedOnceWithAFreshOne() {
        SimulatorTokens tokens = new SimulatorTokens(zoom);
        UUID connection = zoom.connection(ACCOUNT);
        try (ZoomApi api = ZoomApi.create(zoom.vertx(), zoom.settings(), tokens)) {
            api.users().get(connection, "me").await().indefinitely();
            zoom.revoke(tokens.current(connection));
            long refused = zoom.counters().answers(ApiCounters.ANONYMOUS, 401);
            assertEquals(
                    ACCOUNT,
                    api.users().get(connection, "me").await().indefinitely().accountId());
            assertEquals(1, zoom.counters().answers(ApiCounters.ANONYMOUS, 401) - refused);
            assertEquals(1, tokens.invalidated.get());
            assertEquals(2, tokens.issued.get());
        }
    }

    @Test
    void aTokenZoomKeepsRefusingFailsTypedAfterOneRetryAndIsNeverShown() {
        AccessToken bogus =
                new AccessToken("not-a-zoom-token-0123456789", Instant.now().plusSeconds(600), ACCOUNT);
        AccessTokens stale = connectionId -> Uni.createFrom().item(bogus);
        long refused = zoom.counters().answers(ApiCounters.ANONYMOUS, 401);
        try (ZoomApi api = ZoomApi.create(zoom.vertx(), zoom.settings(), stale)) {
            ZoomInvalidTokenException failure = assertThrows(
                    ZoomInvalidTokenException.class,
                    () -> api.users().get(UUID.randomUUID(), "me").await().indefinitely());
            assertEquals(124, failure.code());
            assertFalse(failure.getMessage().contains(bogus.value()), failure.getMessage());
            assertFalse(String.valueOf(failure.getCause()).contains(bogus.value()));
        }
        assertEquals(2, zoom.counters().answers(ApiCounters.ANONYMOUS, 401) - refused, "one retry, no more");
    }

    @Test
    void everyCallHasAWholeRequestTimeout() {
        zoom.simulator().faults().set(new Faults.Settings(3_000, 0, false));
        ZoomApiSettings settings = zoom.settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300));
        try (ZoomApi api = ZoomApi.create(zoom.vertx(), settings, new SimulatorTokens(zoom))) {
            long started = System.nanoTime();
            ZoomUnavailableException failure = assertThrows(
                    ZoomUnavailableException.class,
                    () -> api.users()
                            .get(zoom.connection(ACCOUNT), "me")
                            .await()
                            .indefinitely());
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(tookMs < 2_000, "gave up after the timeout, not after Zoom's answer: " + tookMs);
            assertTrue(failure.isTransient());
            assertEquals(0, failure.status());
        }
    }

    @Test
    void aZoomThatCannotBeReachedIsTypedUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ZoomApiSettings settings = ZoomApiSettings.defaults("http://127.0.0.1:" + closedPort + "/v2");
        try (ZoomApi api = ZoomApi.create(zoom.vertx(), settings, new SimulatorTokens(zoom))) {
            assertThrows(
                    ZoomUnavailableException.class,
                    () -> api.users()
                            .get(zoom.connection(ACCOUNT), "me")
                            .await()
                            .indefinitely());
        }
    }

    @Test
    void resultsArriveOnTheCallersVertxContext() throws Exception {
        SimulatorTokens simulated = new SimulatorTokens(zoom);
        // Tokens arrive on another thread, as when a caller joins a token fetch another caller started.
        AccessTokens elsewhere =
                connectionId -> simulated.forConnection(connectionId).emitOn(Infrastructure.getDefaultExecutor());
        try (ZoomApi api = ZoomApi.create(zoom.vertx(), zoom.settings().withPageSize(50), elsewhere)) {
            Context caller = zoom.vertx().getDelegate().getOrCreateContext();
            CompletableFuture<List<Boolean>> onContext = new CompletableFuture<>();
            caller.runOnContext(ignored -> api.users()
                    .get(zoom.connection(ACCOUNT), "me")
                    .map(user -> io.vertx.core.Vertx.currentContext() == caller)
                    .flatMap(first -> api.users()
                            .list(zoom.connection(ACCOUNT), UserStatus.ACTIVE)
                            .map(user -> io.vertx.core.Vertx.currentContext() == caller)
                            .collect()
                            .asList()
                            .map(rest -> prepend(first, rest)))
                    .subscribe()
                    .with(onContext::complete, onContext::completeExceptionally));
            List<Boolean> seen = onContext.get(10, TimeUnit.SECONDS);
            assertTrue(seen.size() > 50, "a call and more than one page");
            assertSame(Boolean.TRUE, seen.stream().allMatch(Boolean::booleanValue));
        }
    }

    private static List<Boolean> prepend(Boolean first, List<Boolean> rest) {
        List<Boolean> all = new java.util.ArrayList<>(rest);
        all.add(0, first);
        return all;
    }
}
