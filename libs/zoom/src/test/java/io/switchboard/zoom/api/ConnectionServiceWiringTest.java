package io.switchboard.zoom.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Uni;
import io.switchboard.simulator.SimulatorSettings;
import io.switchboard.simulator.service.ApiCounters;
import io.switchboard.zoom.api.auth.AccessToken;
import io.switchboard.zoom.api.auth.ConnectionServiceSettings;
import io.switchboard.zoom.api.auth.ConnectionServiceTokens;
import io.switchboard.zoom.api.auth.FakeConnectionService;
import io.switchboard.zoom.api.auth.FakeConnectionService.Answer;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The client wired as a service wires it: tokens from connection-service (played by a small server that hands out the
 * simulator's tokens), Zoom played by the simulator. A token Zoom revoked is dropped, and the call retried once with
 * the fresh token connection-service hands out next.
 */
class ConnectionServiceWiringTest {

    private static final String ACCOUNT = "SIMWIRINGACCOUNT01";

    @Test
    void aRevokedTokenIsDroppedFromTheCacheAndTheCallSucceedsWithAFreshOne() throws Exception {
        try (SimulatedZoom zoom = SimulatedZoom.start(SimulatorSettings.defaults(), ACCOUNT);
                FakeConnectionService service =
                        new FakeConnectionService(zoom.vertx().getDelegate());
                ConnectionServiceTokens tokens = new ConnectionServiceTokens(
                        zoom.vertx(),
                        ConnectionServiceSettings.defaults(service.url()),
                        () -> Uni.createFrom().item("service-jwt"));
                ZoomApi api = ZoomApi.create(zoom.vertx(), zoom.settings(), tokens)) {
            UUID connection = zoom.connection(ACCOUNT);
            List<AccessToken> handedOut = new CopyOnWriteArrayList<>();
            service.answer(connection, (id, n) -> {
                AccessToken token = zoom.issue(ACCOUNT);
                handedOut.add(token);
                return Answer.token(token.value(), token.expiresAt(), ACCOUNT);
            });

            for (int call = 0; call < 3; call++) {
                assertEquals(
                        ACCOUNT,
                        api.users().get(connection, "me").await().indefinitely().accountId());
            }
            assertEquals(1, service.requests(connection), "the token is cached");

            zoom.revoke(handedOut.get(0));
            long refused = zoom.counters().answers(ApiCounters.ANONYMOUS, 401);
            assertEquals(
                    ACCOUNT,
                    api.users().get(connection, "me").await().indefinitely().accountId());
            assertEquals(1, zoom.counters().answers(ApiCounters.ANONYMOUS, 401) - refused);
            assertEquals(2, service.requests(connection), "one more token, asked for after Zoom's 401");
        }
    }
}
