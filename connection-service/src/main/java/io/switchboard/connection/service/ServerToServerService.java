package io.switchboard.connection.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.connection.client.TokenResponse;
import io.switchboard.connection.client.ZoomOAuthClient;
import io.switchboard.connection.client.ZoomOAuthException;
import io.switchboard.connection.repository.ConnectionEntity;
import io.switchboard.connection.repository.ConnectionType;
import io.switchboard.domain.DomainException;
import io.switchboard.messaging.SqlStates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Connects a Zoom Server-to-Server app: the credentials are checked with an {@code account_credentials} grant
 * before the connection becomes active, and the client secret is stored encrypted like a token.
 */
@ApplicationScoped
public class ServerToServerService {

    private final ZoomOAuthClient zoom;
    private final Activation activation;
    private final ConcurrentConnections races;

    public ServerToServerService(ZoomOAuthClient zoom, Activation activation, ConcurrentConnections races) {
        this.zoom = zoom;
        this.activation = activation;
        this.races = races;
    }

    /** Server-to-Server credentials as posted. */
    public record Credentials(
            @Schema(examples = "SIMACCOUNT00000001") String accountId,
            @Schema(examples = "s2s-client-id") String clientId,
            @Schema(examples = "s2s-client-secret") String clientSecret) {

        Credentials checked() {
            if (blank(accountId) || blank(clientId) || blank(clientSecret)) {
                throw DomainException.invalid("accountId, clientId and clientSecret are required.");
            }
            return this;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    public Uni<UUID> connect(String orgId, Credentials credentials) {
        Credentials valid = credentials.checked();
        return zoom.accountCredentials(valid.accountId(), valid.clientId(), valid.clientSecret())
                .onFailure(ZoomOAuthException.class)
                .transform(failure -> failure.kind() == ZoomOAuthException.Kind.TRANSIENT
                        ? ConnectionProblems.fromZoom(failure)
                        : ConnectionProblems.credentialsRefused())
                .flatMap(tokens -> store(orgId, valid, tokens));
    }

    private Uni<UUID> store(String orgId, Credentials credentials, TokenResponse tokens) {
        ConnectionEntity.Grant grant = new ConnectionEntity.Grant(
                ConnectionType.SERVER_TO_SERVER, credentials.accountId(), credentials.clientId(), List.of(), List.of());
        return activation
                .activate(new Activation.Granted(orgId, null, grant, tokens, credentials.clientSecret()))
                .onFailure(failure -> SqlStates.is(failure, SqlStates.UNIQUE_VIOLATION))
                .recoverWithUni(failure -> races.lost(orgId, null, credentials.accountId(), null));
    }
}
