package io.switchboard.license;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestZoom;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The simulated account's plan, set and read at the simulator the way Zoom would serve it. */
final class ZoomPlans {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ZoomPlans() {}

    /** Gives the account a plan of {@code seats} licences, in the master-account shape when {@code master}. */
    static void plan(String account, int seats, boolean master) {
        send(HttpRequest.newBuilder(URI.create(TestZoom.baseUrl() + "/_sim/accounts/" + account + "/plan"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(Map.of("seats", seats, "master", master)))));
    }

    /** What Zoom serves as the account's plan usage ({@code GET /v2/accounts/me/plans/usage}). */
    static JsonNode served(String account) {
        return send(HttpRequest.newBuilder(URI.create(TestZoom.baseUrl() + "/v2/accounts/me/plans/usage"))
                .header("Authorization", "Bearer " + SimulatorControl.token(account))
                .GET());
    }

    /** Every API call the simulator answered for {@code account} so far. */
    static long calls(String account) {
        JsonNode counters = send(HttpRequest.newBuilder(URI.create(TestZoom.baseUrl() + "/_sim/counters"))
                .GET());
        return counters.path("api.calls." + account).asLong(0);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        "The simulator answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
