package io.switchboard.connection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** connection-service's own settings. */
@ConfigMapping(prefix = "switchboard.connection")
public interface ConnectionConfig {

    /** Where the OAuth callback sends the browser once a connection is complete. */
    @WithDefault("http://localhost:3000/connections")
    String dashboardUrl();

    /** How long an OAuth state (and its PKCE verifier) stays usable. */
    @WithDefault("10M")
    Duration stateTtl();

    /** How long an expired OAuth state is kept (to tell "expired" from "unknown") before housekeeping removes it. */
    @WithDefault("1H")
    Duration expiredStateRetention();

    /** How long a connection may stay {@code pending} (its OAuth flow never completed) before housekeeping removes it. */
    @WithDefault("P1D")
    Duration pendingRetention();

    /** How long before expiry an access token is refreshed. */
    @WithDefault("5M")
    Duration refreshAhead();

    /** How long a refresh waits after the first failure that Zoom may recover from (429, 5xx, timeout); doubles. */
    @WithDefault("5S")
    Duration refreshBackOffInitial();

    /** The longest wait between refresh attempts after failures in a row (Zoom's own Retry-After counts too). */
    @WithDefault("5M")
    Duration refreshBackOffMax();

    /** How long a caller waits for a refresh that another replica is making before it gets a 503. */
    @WithDefault("10S")
    Duration refreshWait();

    /** How often tokens close to expiry are refreshed in the background (a duration, or {@code off}). */
    @WithDefault("60s")
    String refreshEvery();

    /** Encryption of tokens and client secrets at rest. */
    Encryption encryption();

    /** The keyring: every key that may have encrypted a stored row, and the one that encrypts new writes. */
    interface Encryption {

        /** AES-256 keys by key id, each 32 random bytes in base64. */
        Map<String, String> keys();

        /** The key id that encrypts every new write and that re-encryption moves rows to. */
        String activeKey();
    }
}
