package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.config.ConnectionConfig;
import io.switchboard.connection.config.ZoomConfig;
import io.switchboard.connection.crypto.Pkce;
import io.switchboard.connection.crypto.Sealed;
import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.repository.ConnectionEntity;
import io.switchboard.connection.repository.ConnectionRepository;
import io.switchboard.connection.repository.ConnectionType;
import io.switchboard.connection.repository.OAuthStateEntity;
import io.switchboard.connection.repository.OAuthStateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Starts an OAuth connection: a pending connection, a single-use state bound to org and caller, and PKCE. */
@ApplicationScoped
public class ConnectService {

    private final ConnectionRepository connections;
    private final OAuthStateRepository states;
    private final TokenCipher cipher;
    private final ZoomConfig zoom;
    private final ConnectionConfig config;

    public ConnectService(
            ConnectionRepository connections,
            OAuthStateRepository states,
            TokenCipher cipher,
            ZoomConfig zoom,
            ConnectionConfig config) {
        this.connections = connections;
        this.states = states;
        this.cipher = cipher;
        this.zoom = zoom;
        this.config = config;
    }

    /** The new connection's id and the Zoom URL to send the user's browser to. */
    public record Started(UUID connectionId, String authorizeUrl) {}

    @WithTransaction
    public Uni<Started> start(String orgId, String caller) {
        String clientId = zoom.clientId().orElseThrow(ConnectionProblems::zoomAppNotConfigured);
        ConnectionEntity connection = ConnectionEntity.pending(orgId, ConnectionType.OAUTH, clientId);
        String state = Pkce.randomToken();
        String verifier = Pkce.randomToken();
        OAuthStateEntity stored = new OAuthStateEntity();
        stored.stateHash = Pkce.hash(state);
        stored.orgId = orgId;
        stored.createdBy = caller;
        stored.connectionId = connection.id;
        Sealed sealed = cipher.seal(verifier, verifierContext(stored.stateHash));
        stored.keyId = sealed.keyId();
        stored.codeVerifier = sealed.data();
        stored.expiresAt = Instant.now().plus(config.stateTtl());
        String url = zoom.oauthBaseUrl() + "/oauth/authorize?response_type=code"
                + "&client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(zoom.redirectUri())
                + "&state=" + encode(state)
                + "&code_challenge=" + encode(Pkce.challenge(verifier))
                + "&code_challenge_method=S256";
        return connections
                .persist(connection)
                .flatMap(ignored -> states.persist(stored))
                .replaceWith(new Started(connection.id, url));
    }

    /** The associated data that binds an encrypted PKCE verifier to its state row. */
    static String verifierContext(String stateHash) {
        return "oauth_state:" + stateHash + ":code_verifier";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
