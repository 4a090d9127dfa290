package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.client.TokenResponse;
import io.switchboard.connection.client.ZoomOAuthClient;
import io.switchboard.connection.client.ZoomOAuthException;
import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.messaging.ConnectionEvents;
import io.switchboard.connection.repository.ConnectionEntity;
import io.switchboard.connection.repository.ConnectionRepository;
import io.switchboard.rest.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Connects a Zoom Server-to-Server app: the credentials are checked with an {@code account_credentials} grant
 * before the connection becomes active, and the client secret is stored encrypted like a token.
 */
@ApplicationScoped
public class ServerToServerService {

    private final ZoomOAuthClient zoom;
    private final ConnectionRepository connections;
    private final ConnectionWriter writer;
    private final TokenCipher cipher;
    private final ConnectionEvents events;

    public ServerToServerService(
            ZoomOAuthClient zoom,
            ConnectionRepository connections,
            ConnectionWriter writer,
            TokenCipher cipher,
            ConnectionEvents events) {
        this.zoom = zoom;
        this.connections = connections;
        this.writer = writer;
        this.cipher = cipher;
        this.events = events;
    }

    /** Server-to-Server credentials as posted. */
    public record Credentials(String accountId, String clientId, String clientSecret) {

        Credentials checked() {
            if (blank(accountId) || blank(clientId) || blank(clientSecret)) {
                throw ProblemException.badRequest("accountId, clientId and clientSecret are required.");
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
                        ? OAuthCallbackService.asProblem(failure)
                        : new ProblemException(
                                422,
                                "zoom-credentials-refused",
                                "Zoom refused the credentials",
                                "Zoom did not grant a token for these Server-to-Server credentials."))
                .flatMap(tokens -> store(orgId, valid, tokens));
    }

    @WithTransaction
    Uni<UUID> store(String orgId, Credentials credentials, TokenResponse tokens) {
        return connections
                .findLive(orgId, credentials.accountId(), new UUID(0, 0))
                .flatMap(existing -> {
                    ConnectionEntity connection = existing == null ? new ConnectionEntity() : existing;
                    boolean restored = existing != null && "reauth_required".equals(existing.status);
                    if (existing == null) {
                        connection.id = UUID.randomUUID();
                        connection.orgId = orgId;
                        connection.createdAt = Instant.now();
                    }
                    connection.type = "server_to_server";
                    connection.status = "active";
                    connection.zoomAccountId = credentials.accountId();
                    connection.clientId = credentials.clientId();
                    connection.authorizedAt = Instant.now();
                    connection.lastRefreshAt = Instant.now();
                    connection.lastError = null;
                    connection.updatedAt = Instant.now();
                    Uni<ConnectionEntity> saved = existing == null
                            ? connections.persist(connection)
                            : Uni.createFrom().item(connection);
                    return saved.flatMap(ignored -> writer.storeTokens(connection.id, tokens))
                            .invoke(secret -> secret.clientSecret = cipher.seal(
                                            credentials.clientSecret(), TokenSealing.context(secret, "client_secret"))
                                    .data())
                            .flatMap(ignored -> events.append(
                                    restored ? ConnectionEvents.RESTORED : ConnectionEvents.ESTABLISHED,
                                    connection,
                                    Map.of("reauthorised", existing != null)))
                            .replaceWith(connection.id);
                });
    }
}
