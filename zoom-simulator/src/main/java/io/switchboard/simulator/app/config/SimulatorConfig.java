package io.switchboard.simulator.app.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the simulator pretends Zoom has: apps, plan, accounts, and how long its tokens and codes live. */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    /** Lifetime of an access token (Zoom: 3599 s); short values make expiry testable. */
    @WithDefault("3599S")
    Duration accessTokenLifetime();

    /** Lifetime of an authorization code (Zoom: 5 minutes). */
    @WithDefault("5M")
    Duration codeLifetime();

    /** The accounts' plan, {@code pro} or {@code business} (Business and above): picks the rate-limit table. */
    @WithDefault("pro")
    String plan();

    /** Licences of each account's plan, as plan usage reports them. */
    @WithDefault("150")
    int seats();

    /** Users in each account's seeded directory. */
    @WithDefault("120")
    int usersPerAccount();

    /** Calls per account and UTC day to Heavy APIs; 0 takes the plan's cap (30,000 Pro, 60,000 Business+). */
    @WithDefault("0")
    int dailyCap();

    /** Whether {@code /oauth/authorize} shows a consent page (Allow / Decline) instead of approving at once. */
    @WithDefault("false")
    boolean consent();

    /** The simulated apps by client id. */
    Map<String, App> apps();

    /** One Zoom Marketplace app. */
    interface App {

        /** The client secret. */
        String secret();

        /** {@code oauth} (user-managed or admin-managed OAuth) or {@code server_to_server}. */
        @WithDefault("oauth")
        String type();

        /** The Zoom account that installs the app (OAuth) or owns it (Server-to-Server). */
        String accountId();

        /** Space-separated scopes granted to the app. */
        @WithDefault("user:read:admin")
        String scopes();

        /** Allowed redirect URI prefixes. */
        @WithDefault("http://127.0.0.1:,http://localhost:")
        List<String> redirectUris();
    }
}
