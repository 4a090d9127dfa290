package io.switchboard.zoom.quarkus;

import io.switchboard.zoom.api.ZoomApi;
import io.switchboard.zoom.api.ZoomApiSettings;
import io.switchboard.zoom.api.auth.AccessTokens;
import io.switchboard.zoom.api.auth.ConnectionServiceSettings;
import io.switchboard.zoom.api.auth.ConnectionServiceTokens;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Zoom client of a service that reaches Zoom through connection-service's access tokens (DESIGN.md section 1):
 * {@link AccessTokens} from {@code switchboard.connection-service.url}, authenticated with {@link ServiceTokens},
 * and {@link ZoomApi} on {@code switchboard.zoom.api-base-url}.
 */
@ApplicationScoped
public class ZoomClientProducer {

    @Produces
    @Singleton
    ConnectionServiceTokens accessTokens(
            Vertx vertx,
            @ConfigProperty(name = "switchboard.connection-service.url") String connectionService,
            ServiceTokens serviceTokens) {
        return new ConnectionServiceTokens(
                vertx, ConnectionServiceSettings.defaults(connectionService), serviceTokens::bearer);
    }

    @Produces
    @Singleton
    ZoomApi zoom(
            Vertx vertx,
            @ConfigProperty(name = "switchboard.zoom.api-base-url", defaultValue = ZoomApiSettings.DEFAULT_BASE_URL)
                    String api,
            ConnectionServiceTokens tokens) {
        return ZoomApi.create(vertx, ZoomApiSettings.defaults(api), tokens);
    }

    void close(@Disposes ZoomApi zoom) {
        zoom.close();
    }

    void close(@Disposes ConnectionServiceTokens tokens) {
        tokens.close();
    }
}
