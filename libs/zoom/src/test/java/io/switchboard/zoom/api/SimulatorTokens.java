package io.switchboard.zoom.api;

import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.auth.AccessToken;
import io.switchboard.zoom.api.auth.AccessTokens;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What connection-service does for tests of the client: one cached token per connection, from the simulator. */
final class SimulatorTokens implements AccessTokens {

    private final SimulatedZoom zoom;
    private final Map<UUID, AccessToken> cached = new ConcurrentHashMap<>();
    final AtomicInteger issued = new AtomicInteger();
    final AtomicInteger invalidated = new AtomicInteger();

    SimulatorTokens(SimulatedZoom zoom) {
        this.zoom = zoom;
    }

    @Override
    public Uni<AccessToken> forConnection(UUID connectionId) {
        return Uni.createFrom()
                .item(() -> cached.computeIfAbsent(connectionId, id -> {
                    issued.incrementAndGet();
                    return zoom.issue(zoom.account(id));
                }));
    }

    @Override
    public void invalidate(UUID connectionId, AccessToken token) {
        invalidated.incrementAndGet();
        cached.remove(connectionId, token);
    }

    /** The token currently handed out for {@code connectionId}. */
    AccessToken current(UUID connectionId) {
        return forConnection(connectionId).await().indefinitely();
    }
}
