package io.switchboard.zoom.api.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Access tokens from connection-service: {@code POST {url}/internal/connections/{id}/access-token} with a bearer
 * service token (role {@code service}) from a pluggable supplier, answered {@code {accessToken, expiresAt,
 * zoomAccountId}}. Each connection's token is cached until shortly before it expires and fetched once however many
 * callers ask together. Failures are typed: {@link ReauthRequiredException}, {@link ConnectionGoneException} and
 * {@link ConnectionPendingException} mean stop; {@link TokenServiceUnavailableException} (5xx, timeouts, no
 * connection) means try later; {@link TokenServiceRefusedException} means the wiring is wrong.
 */
public final class ConnectionServiceTokens implements AccessTokens, AutoCloseable {

    static final String PATH = "/internal/connections/%s/access-token";

    private final WebClient client;
    private final ConnectionServiceSettings settings;
    private final Supplier<Uni<String>> serviceToken;
    private final TokenCache cache;

    /**
     * @param vertx the service's Vert.x
     * @param settings where connection-service is and how long it may take
     * @param serviceToken the bearer token this service presents (for example from the OIDC client)
     */
    public ConnectionServiceTokens(
            Vertx vertx, ConnectionServiceSettings settings, Supplier<Uni<String>> serviceToken) {
        this(vertx, settings, serviceToken, Clock.systemUTC());
    }

    ConnectionServiceTokens(
            Vertx vertx, ConnectionServiceSettings settings, Supplier<Uni<String>> serviceToken, Clock clock) {
        this.client = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setConnectTimeout((int) settings.connectTimeout().toMillis())
                        .setUserAgent("switchboard-zoom-client"));
        this.settings = settings;
        this.serviceToken = serviceToken;
        this.cache = new TokenCache(this::fetch, settings.renewBefore(), clock);
    }

    @Override
    public Uni<AccessToken> forConnection(UUID connectionId) {
        return cache.get(connectionId);
    }

    @Override
    public void invalidate(UUID connectionId, AccessToken token) {
        cache.invalidate(connectionId, token);
    }

    @Override
    public void close() {
        client.close();
    }

    private Uni<AccessToken> fetch(UUID connectionId) {
        return serviceToken
                .get()
                .onFailure()
                .transform(e -> new TokenServiceUnavailableException(
                        connectionId, "No service token to ask connection-service with", e))
                .flatMap(bearer -> post(connectionId, bearer))
                .map(response -> TokenAnswers.read(connectionId, response));
    }

    private Uni<HttpResponse<Buffer>> post(UUID connectionId, String bearer) {
        return client.postAbs(settings.url() + PATH.formatted(connectionId))
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), "Bearer " + bearer)
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
                .timeout(settings.requestTimeout().toMillis())
                .send()
                .ifNoItem()
                .after(settings.requestTimeout())
                .failWith(() -> new TokenServiceUnavailableException(
                        connectionId, "connection-service did not answer within " + settings.requestTimeout(), null))
                .onFailure(failure -> !(failure instanceof AccessTokenException))
                .transform(failure -> new TokenServiceUnavailableException(
                        connectionId,
                        "connection-service could not be asked for connection " + connectionId + ": "
                                + failure.getClass().getSimpleName(),
                        failure));
    }
}
