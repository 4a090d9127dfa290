package io.switchboard.zoom.quarkus;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's own bearer token for calls to other Switchboard services: obtained from the identity provider
 * with the client-credentials grant by quarkus-oidc-client ({@code quarkus.oidc-client.*}), shared by concurrent
 * callers, kept until {@code switchboard.service-token.renew-before} before it expires, and fetched again after a
 * failure instead of repeating it.
 */
@ApplicationScoped
public class ServiceTokens {

    private final Duration renewBefore;
    private final AtomicReference<Tokens> latest = new AtomicReference<>();
    private final AtomicBoolean failed = new AtomicBoolean();
    private final Uni<Tokens> shared;

    public ServiceTokens(
            OidcClient client,
            @ConfigProperty(name = "switchboard.service-token.renew-before", defaultValue = "30s")
                    Duration renewBefore) {
        this.renewBefore = renewBefore;
        this.shared = Uni.createFrom()
                .deferred(() -> {
                    failed.set(false);
                    return client.getTokens();
                })
                .invoke(latest::set)
                .onFailure()
                .invoke(failure -> failed.set(true))
                .memoize()
                .until(this::stale);
    }

    /** The access token to send as {@code Authorization: Bearer}. */
    public Uni<String> bearer() {
        return shared.map(Tokens::getAccessToken);
    }

    private boolean stale() {
        if (failed.get()) {
            return true;
        }
        Tokens tokens = latest.get();
        if (tokens == null || tokens.getAccessTokenExpiresAt() == null) {
            return false;
        }
        return Instant.now().plus(renewBefore).getEpochSecond() >= tokens.getAccessTokenExpiresAt();
    }
}
