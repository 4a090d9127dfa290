package io.switchboard.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the simulator pretends Zoom has. The zoom-simulator service builds it from its {@code simulator.*}
 * configuration; in-process users start from {@link #defaults()}.
 *
 * @param accessTokenLifetime lifetime of an access token (Zoom: 3599 s)
 * @param codeLifetime lifetime of an authorization code (Zoom: 5 minutes)
 * @param plan {@code pro} or {@code business} (Business and above): the rate-limit table
 * @param seats licences of each account's plan
 * @param usersPerAccount size of each seeded directory
 * @param dailyCap calls per account and day to Heavy APIs; 0 takes the plan's (30,000 Pro, 60,000 Business+)
 * @param consent whether {@code /oauth/authorize} shows a consent page instead of approving at once
 * @param apps the simulated Marketplace apps by client id
 */
public record SimulatorSettings(
        Duration accessTokenLifetime,
        Duration codeLifetime,
        String plan,
        int seats,
        int usersPerAccount,
        int dailyCap,
        boolean consent,
        Map<String, App> apps) {

    /** The Zoom account of the local stack's OAuth app. */
    public static final String LOCAL_ACCOUNT = "SIMACCOUNT00000001";

    /**
     * One Zoom Marketplace app.
     *
     * @param secret the client secret
     * @param type {@code oauth} or {@code server_to_server}
     * @param accountId the account that installs (OAuth) or owns (Server-to-Server) the app
     * @param scopes space-separated granted scopes
     * @param redirectUris allowed redirect URI prefixes
     */
    public record App(String secret, String type, String accountId, String scopes, List<String> redirectUris) {

        /** An OAuth app installed on {@code accountId} that may redirect to loopback addresses. */
        public static App oauth(String secret, String accountId, String scopes) {
            return new App(secret, "oauth", accountId, scopes, List.of("http://127.0.0.1:", "http://localhost:"));
        }

        /** A Server-to-Server app owned by {@code accountId}. */
        public static App serverToServer(String secret, String accountId, String scopes) {
            return new App(secret, "server_to_server", accountId, scopes, List.of());
        }
    }

    public SimulatorSettings {
        apps = Map.copyOf(apps);
        plan = plan.toLowerCase(Locale.ROOT);
        if (!"pro".equals(plan) && !"business".equals(plan)) {
            throw new IllegalArgumentException("plan must be pro or business, not " + plan);
        }
    }

    /** Zoom's defaults and no apps. */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings(
                Duration.ofSeconds(3599), Duration.ofMinutes(5), "pro", 150, 120, 0, false, Map.of());
    }

    /** These settings with one more app. */
    public SimulatorSettings withApp(String clientId, App app) {
        Map<String, App> more = new LinkedHashMap<>(apps);
        more.put(clientId, app);
        return new SimulatorSettings(
                accessTokenLifetime, codeLifetime, plan, seats, usersPerAccount, dailyCap, consent, more);
    }

    /** These settings with another access-token lifetime. */
    public SimulatorSettings withAccessTokenLifetime(Duration lifetime) {
        return new SimulatorSettings(lifetime, codeLifetime, plan, seats, usersPerAccount, dailyCap, consent, apps);
    }

    /** These settings with the consent page on or off. */
    public SimulatorSettings withConsent(boolean showConsent) {
        return new SimulatorSettings(
                accessTokenLifetime, codeLifetime, plan, seats, usersPerAccount, dailyCap, showConsent, apps);
    }

    /** These settings with another daily cap of Heavy APIs. */
    public SimulatorSettings withDailyCap(int cap) {
        return new SimulatorSettings(
                accessTokenLifetime, codeLifetime, plan, seats, usersPerAccount, cap, consent, apps);
    }

    /** Calls per day to Heavy APIs allowed for each account. */
    public int effectiveDailyCap() {
        if (dailyCap > 0) {
            return dailyCap;
        }
        return "pro".equals(plan) ? 30_000 : 60_000;
    }
}
