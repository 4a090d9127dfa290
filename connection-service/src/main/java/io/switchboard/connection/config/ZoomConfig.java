package io.switchboard.connection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Zoom endpoints and this Zoom app's OAuth credentials (DESIGN.md section 3a). */
@ConfigMapping(prefix = "switchboard.zoom")
public interface ZoomConfig {

    /** Base URL of Zoom's REST API v2. */
    @WithDefault("https://api.zoom.us/v2")
    String apiBaseUrl();

    /** Base URL of Zoom's OAuth endpoints (authorize, token, revoke). */
    @WithDefault("https://zoom.us")
    String oauthBaseUrl();

    /** The OAuth app's client id; connecting fails with 503 until it is set. */
    Optional<String> clientId();

    /** The OAuth app's client secret. */
    Optional<String> clientSecret();

    /** Where Zoom sends the browser back: this service's {@code /oauth/zoom/callback}. */
    @WithDefault("http://localhost:8081/oauth/zoom/callback")
    String redirectUri();

    /** How long a call to Zoom's OAuth endpoints may wait for the answer before it counts as a passing failure. */
    @WithDefault("10S")
    Duration readTimeout();

    /** Scopes the features need; those not granted are reported as missingScopes. */
    @WithDefault("user:read:admin,meeting:read:admin,webinar:read:admin,report:read:admin,phone:read:admin")
    List<String> requiredScopes();
}
