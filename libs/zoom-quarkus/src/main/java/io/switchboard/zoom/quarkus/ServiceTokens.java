package io.switchboard.zoom.quarkus;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's own bearer token for calls to other Switchboard services: obtained from the identity provider
 * with the client-credentials grant by quarkus-oidc-client ({@code quarkus.oidc-client.*}) and kept until
 * {@code switchboard.service-token.renew-before} before it expires. One request at a time: callers that need a new
 * token while one is being fetched share that fetch; a failed fetch is handed to its waiters and never kept.
 */
@ApplicationScoped
public class ServiceTokens {

    private final OidcClient client;
    private final Duration renewBefore;
    private final Clock clock;
    private final AtomicReference<Tokens> latest = new AtomicReference<>();
    private Uni<Tokens> inFlight;

    @Inject
    public ServiceTokens(
            OidcClient client,
            @ConfigProperty(name = "switchboard.service-token.renew-before", defaultValue = "30s")
                    Duration renewBefore) {
        this(client, renewBefore, Clock.systemUTC());
    }

    ServiceTokens(OidcClient client, Duration renewBefore, Clock clock) {
        this.client = client;
        this.renewBefore = renewBefore;
        this.clock = clock;
    }

    /** The access token to send as {@code Authorization: Bearer}. */
    public Uni<String> bearer() {
        Tokens tokens = latest.get();
        if (tokens != null && !expiring(tokens)) {
            return Uni.createFrom().item(tokens.getAccessToken());
        }
        return fetch().map(Tokens::getAccessToken);
    }

    /** The fetch under way, or a new one; it forgets itself when it ends, so a failure is not kept. */
    private synchronized Uni<Tokens> fetch() {
        if (inFlight == null) {
            inFlight = Uni.createFrom()
                    .deferred(client::getTokens)
                    .invoke(latest::set)
                    .eventually(this::fetched)
                    .memoize()
                    .indefinitely();
        }
        return inFlight;
    }

    private synchronized void fetched() {
        inFlight = null;
    }

    private boolean expiring(Tokens tokens) {
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        return expiresAt != null && clock.instant().plus(renewBefore).getEpochSecond() >= expiresAt;
    }
}
