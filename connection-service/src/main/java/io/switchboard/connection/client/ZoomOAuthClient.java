package io.switchboard.connection.client;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.client.ZoomOAuthException.Kind;
import io.switchboard.connection.config.ZoomConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Form;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Zoom's OAuth grants (its REST API goes through libs/zoom, see {@link ZoomIdentity}). Every failure is classified: a dead grant
 * ({@link Kind#INVALID_GRANT}), a passing fault ({@link Kind#TRANSIENT}, retried here with back-off) or a refusal.
 */
@ApplicationScoped
public class ZoomOAuthClient {

    private final ZoomConfig zoom;
    private final ZoomOAuthApi oauth;

    public ZoomOAuthClient(ZoomConfig zoom) {
        this.zoom = zoom;
        this.oauth = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(zoom.oauthBaseUrl()))
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(zoom.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(ZoomOAuthApi.class);
    }

    /** {@code authorization_code} grant with the PKCE verifier. */
    public Uni<TokenResponse> exchangeCode(String code, String codeVerifier) {
        Form form = new Form()
                .param("grant_type", "authorization_code")
                .param("code", code)
                .param("redirect_uri", zoom.redirectUri())
                .param("code_verifier", codeVerifier);
        return guarded(() -> oauth.token(appCredentials(), form));
    }

    /** {@code refresh_token} grant: Zoom answers with a new refresh token and kills the old one. */
    public Uni<TokenResponse> refresh(String refreshToken) {
        Form form = new Form().param("grant_type", "refresh_token").param("refresh_token", refreshToken);
        return guarded(() -> oauth.token(appCredentials(), form));
    }

    /** {@code account_credentials} grant of a Server-to-Server app. */
    public Uni<TokenResponse> accountCredentials(String accountId, String clientId, String clientSecret) {
        Form form = new Form().param("grant_type", "account_credentials").param("account_id", accountId);
        return guarded(() -> oauth.token(basic(clientId, clientSecret), form));
    }

    /** Revokes a token at Zoom. */
    public Uni<Void> revoke(String token) {
        return guarded(() -> oauth.revoke(appCredentials(), new Form().param("token", token)));
    }

    private String appCredentials() {
        if (zoom.clientId().isEmpty() || zoom.clientSecret().isEmpty()) {
            throw new ZoomOAuthException(
                    Kind.REJECTED, "switchboard.zoom.client-id and client-secret are not configured", null);
        }
        return basic(zoom.clientId().get(), zoom.clientSecret().get());
    }

    private static String basic(String clientId, String clientSecret) {
        String pair = clientId + ":" + clientSecret;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> Uni<T> guarded(java.util.function.Supplier<Uni<? extends T>> call) {
        return Uni.createFrom()
                .<T>deferred(call)
                .onFailure()
                .transform(ZoomOAuthClient::classify)
                .onFailure(failure -> failure instanceof ZoomOAuthException e && e.kind() == Kind.TRANSIENT)
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2))
                .atMost(2);
    }

    private static Throwable classify(Throwable failure) {
        if (failure instanceof ZoomOAuthException) {
            return failure;
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 429 || status >= 500) {
                return new ZoomOAuthException(Kind.TRANSIENT, "Zoom answered " + status, failure, retryAfter(web));
            }
            String body = body(web);
            if (body.contains("invalid_grant") || body.contains("Invalid Token") || body.contains("invalid_token")) {
                return new ZoomOAuthException(Kind.INVALID_GRANT, "Zoom refused the grant (" + status + ")", failure);
            }
            return new ZoomOAuthException(Kind.REJECTED, "Zoom refused the request (" + status + ")", failure);
        }
        if (failure instanceof ProcessingException
                || failure instanceof java.io.IOException
                || failure instanceof java.util.concurrent.TimeoutException
                || failure instanceof io.vertx.core.VertxException) {
            // Never the client's own message: for a timeout it carries the request URI.
            return new ZoomOAuthException(
                    Kind.TRANSIENT,
                    "Zoom could not be reached (" + failure.getClass().getSimpleName() + ")",
                    failure);
        }
        return failure;
    }

    /** Zoom's {@code Retry-After} in seconds, when it sent one. */
    private static Duration retryAfter(WebApplicationException web) {
        String header = web.getResponse().getHeaderString("Retry-After");
        if (header == null || !header.trim().matches("\\d{1,6}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(header.trim()));
    }

    private static String body(WebApplicationException web) {
        try {
            return web.getResponse().hasEntity() ? web.getResponse().readEntity(String.class) : "";
        } catch (RuntimeException e) {
            return "";
        }
    }
}
