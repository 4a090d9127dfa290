package io.switchboard.zoom.api.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link ConnectionServiceTokens} asks connection-service for access tokens.
 *
 * @param url connection-service's base URL ({@code switchboard.connection-service.url}), for example {@code
 *     http://connection-service:8081}
 * @param connectTimeout how long a connection to it may take
 * @param requestTimeout how long a whole answer may take
 * @param renewBefore a cached token is asked for again this long before it expires
 */
public record ConnectionServiceSettings(
        String url, Duration connectTimeout, Duration requestTimeout, Duration renewBefore) {

    public ConnectionServiceSettings {
        Objects.requireNonNull(url, "url");
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Connect within 2 s, answer within 5 s, renew a minute before expiry. */
    public static ConnectionServiceSettings defaults(String url) {
        return new ConnectionServiceSettings(url, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(1));
    }

    /** These settings with another whole-request timeout. */
    public ConnectionServiceSettings withRequestTimeout(Duration timeout) {
        return new ConnectionServiceSettings(url, connectTimeout, timeout, renewBefore);
    }

    /** These settings with another renewal margin. */
    public ConnectionServiceSettings withRenewBefore(Duration margin) {
        return new ConnectionServiceSettings(url, connectTimeout, requestTimeout, margin);
    }
}
