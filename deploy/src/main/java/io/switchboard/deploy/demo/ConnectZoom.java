package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.Views.Connection;
import java.util.Map;

/** Step 2: the organisation connects the simulated Zoom account through connection-service's OAuth flow. */
final class ConnectZoom extends DemoStep {

    ConnectZoom(DemoStack stack, Api admin, Narrator narrator) {
        super(stack, admin, narrator);
    }

    Connection run() {
        narrator.step("Connect the simulated Zoom account through the real OAuth flow");
        narrator.say("The dashboard starts the flow (a pending connection, state and PKCE):");
        narrator.curl("POST", stack.org(stack.connections(), "/connections/zoom"), null);
        ZoomOAuth.Connected connected = ZoomOAuth.connect(admin, stack.connections(), stack.org());
        narrator.say("The browser opens Zoom's authorize URL; the simulated Zoom approves and redirects (302):");
        narrator.say("  %s", connected.started().authorizeUrl());
        narrator.say("  -> %s", connected.callback());
        narrator.say("connection-service keeps the code and sends the browser to the dashboard (303):");
        narrator.say("  -> %s", connected.dashboard());
        narrator.say("The signed-in admin's dashboard confirms; the code is exchanged and the account read:");
        narrator.curl(
                "POST",
                ZoomOAuth.confirmUrl(
                        stack.connections(),
                        stack.org(),
                        connected.started().connectionId().toString()),
                Map.of("confirmation", "<confirmation from the redirect>"));
        Connection connection = connected.connection();
        if (!"active".equals(connection.status())) {
            throw new DemoFailure("The confirmed connection is " + connection.status() + ", not active");
        }
        if (!connection.id().equals(connected.started().connectionId())) {
            narrator.say("The org had connected this account before: the confirmation re-authorised that connection.");
        }
        narrator.curl(stack.org(stack.connections(), "/connections/" + connection.id()));
        narrator.result(
                "connection %s is %s for Zoom account %s (scopes: %s; missing: %s)",
                connection.id(),
                connection.status(),
                connection.zoomAccountId(),
                String.join(" ", connection.grantedScopes()),
                connection.missingScopes().isEmpty() ? "none" : String.join(" ", connection.missingScopes()));
        return connection;
    }
}
