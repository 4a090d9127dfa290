package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.Views.ConnectStarted;
import io.switchboard.deploy.demo.Views.Connection;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An organisation connects its Zoom account through connection-service's real OAuth flow, the browser's and the
 * dashboard's parts played over HTTP: start ({@code POST .../connections/zoom}), Zoom's authorize page (the
 * simulator approves and redirects, 302), the callback (which keeps the code and sends the browser to the dashboard,
 * 303), and the signed-in admin's confirmation, which exchanges the code and activates the connection.
 */
public final class ZoomOAuth {

    private ZoomOAuth() {}

    /**
     * The flow's hops and the connection it ended with.
     *
     * @param started the pending connection and Zoom's authorize URL
     * @param callback where Zoom sent the browser (connection-service's callback with code and state)
     * @param dashboard where the callback sent the browser (with connectionId and confirmation)
     * @param connection the confirmed connection (the org's existing one to the account, when it re-authorised it)
     */
    public record Connected(ConnectStarted started, String callback, String dashboard, Connection connection) {}

    /** Connects {@code org} as the admin whose token {@code admin} carries; the connection is then active. */
    public static Connected connect(Api admin, String connectionService, String org) {
        ConnectStarted started = admin.call(
                "POST", connectionService + "/orgs/" + org + "/connections/zoom", null, ConnectStarted.class);
        String callback = redirect(started.authorizeUrl(), 302);
        String dashboard = redirect(callback, 303);
        Map<String, String> query = query(dashboard);
        String confirmation = query.get("confirmation");
        if (confirmation == null || query.get("connectionId") == null) {
            throw new DemoFailure("The callback sent the browser to " + dashboard + ", without a confirmation");
        }
        Connection connection = admin.call(
                "POST",
                confirmUrl(connectionService, org, query.get("connectionId")),
                Map.of("confirmation", confirmation),
                Connection.class);
        return new Connected(started, callback, dashboard, connection);
    }

    /** The dashboard's confirmation call of a connection. */
    public static String confirmUrl(String connectionService, String org, String connectionId) {
        return connectionService + "/orgs/" + org + "/connections/" + connectionId + "/confirm";
    }

    /** Follows one redirect as a browser does (no token): its {@code Location}. */
    private static String redirect(String url, int status) {
        Api.Answer answer = Api.expect(new Api(null).send("GET", url, null), status, "GET", url);
        if (answer.location() == null) {
            throw new DemoFailure("GET " + url + " answered " + status + " without a Location");
        }
        return URI.create(url).resolve(answer.location()).toString();
    }

    private static Map<String, String> query(String url) {
        String raw = URI.create(url).getRawQuery();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(
                            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }
}
