package io.switchboard.connection.client;

import io.smallrye.mutiny.Uni;
import io.switchboard.connection.client.ZoomOAuthException.Kind;
import io.switchboard.connection.config.ZoomConfig;
import io.switchboard.zoom.api.ZoomApi;
import io.switchboard.zoom.api.ZoomApiSettings;
import io.switchboard.zoom.api.auth.AccessToken;
import io.switchboard.zoom.api.auth.AccessTokens;
import io.switchboard.zoom.api.error.ZoomApiException;
import io.switchboard.zoom.api.error.ZoomDailyLimitException;
import io.switchboard.zoom.api.error.ZoomInvalidTokenException;
import io.switchboard.zoom.api.error.ZoomRateLimitedException;
import io.switchboard.zoom.api.error.ZoomServerException;
import io.switchboard.zoom.api.error.ZoomUnavailableException;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a freshly issued access token belongs to ({@code GET /users/me}), asked through the shared Zoom client of
 * libs/zoom. connection-service holds the tokens itself, so each call lends the client the one token it is about.
 */
@ApplicationScoped
public class ZoomIdentity {

    /** The rate-budget key of calls made before the account is known. */
    private static final String UNKNOWN_ACCOUNT = "connecting";

    private final Map<UUID, AccessToken> lent = new ConcurrentHashMap<>();
    private final ZoomApi zoom;

    public ZoomIdentity(Vertx vertx, ZoomConfig config) {
        AccessTokens tokens = connection -> Uni.createFrom().item(lent.get(connection));
        this.zoom = ZoomApi.create(
                vertx,
                ZoomApiSettings.defaults(config.apiBaseUrl())
                        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)),
                tokens);
    }

    /** The user and account of {@code accessToken}; failures as {@link ZoomOAuthException}s of the fitting kind. */
    public Uni<ZoomMe> me(String accessToken) {
        return Uni.createFrom()
                .deferred(() -> once(accessToken))
                .onFailure(failure -> failure instanceof ZoomOAuthException e && e.kind() == Kind.TRANSIENT)
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2))
                .atMost(2);
    }

    private Uni<ZoomMe> once(String accessToken) {
        UUID call = UUID.randomUUID();
        lent.put(call, new AccessToken(accessToken, Instant.now().plus(Duration.ofHours(1)), UNKNOWN_ACCOUNT));
        return zoom.users()
                .get(call, "me")
                .map(user -> new ZoomMe(user.id(), user.accountId(), user.email()))
                .onFailure(ZoomApiException.class)
                .transform(failure -> classify(failure))
                .eventually(() -> lent.remove(call));
    }

    private static ZoomOAuthException classify(ZoomApiException failure) {
        if (failure instanceof ZoomRateLimitedException
                || failure instanceof ZoomDailyLimitException
                || failure instanceof ZoomServerException
                || failure instanceof ZoomUnavailableException) {
            return new ZoomOAuthException(Kind.TRANSIENT, "Zoom could not answer users/me", failure);
        }
        if (failure instanceof ZoomInvalidTokenException) {
            return new ZoomOAuthException(Kind.INVALID_GRANT, "Zoom did not accept the new access token", failure);
        }
        return new ZoomOAuthException(Kind.REJECTED, "Zoom refused users/me", failure);
    }

    @PreDestroy
    void close() {
        zoom.close();
    }
}
