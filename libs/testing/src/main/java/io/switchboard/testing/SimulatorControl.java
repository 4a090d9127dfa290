package io.switchboard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The simulator's control API, as the services' tests use it. */
public final class SimulatorControl {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimulatorControl() {}

    /** An access token of an app installed on {@code account}. */
    public static String token(String account) {
        return send("POST", "/_sim/accounts/" + account + "/tokens", null)
                .path("access_token")
                .asText();
    }

    /** Replaces the account's directory; the generated ids, in order. */
    public static List<String> directory(String account, List<Map<String, Object>> users) {
        JsonNode ids = send("PUT", "/_sim/accounts/" + account + "/users", Map.of("users", users))
                .path("ids");
        return JSON.convertValue(ids, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    /** A directory of {@code count} active users {@code user<n>@<domain>}. */
    public static List<String> generated(String account, int count, String domain) {
        JsonNode ids = send("PUT", "/_sim/accounts/" + account + "/users", Map.of("generate", count, "domain", domain))
                .path("ids");
        return JSON.convertValue(ids, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    /** Changes a user as an admin would in Zoom's portal. */
    public static void change(String account, String userId, Map<String, Object> fields) {
        send("PATCH", "/_sim/accounts/" + account + "/users/" + userId, fields);
    }

    /** Removes a user through Zoom's API ({@code DELETE /v2/users/{id}?action=disassociate}). */
    public static void remove(String account, String userId) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(TestZoom.baseUrl() + "/v2/users/" + userId + "?action=disassociate"))
                    .header("Authorization", "Bearer " + token(account))
                    .DELETE()
                    .build();
            int status =
                    HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 204) {
                throw new IllegalStateException("DELETE user answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Faults on every API call from now on ({latencyMs, errorRate, force429Count, retryAfterSeconds}). */
    public static void faults(Map<String, Object> faults) {
        send("POST", "/_sim/faults", faults);
    }

    /** Zoom API calls answered for {@code account} so far (any status). */
    public static long calls(String account) {
        return send("GET", "/_sim/counters", null).path("api.calls." + account).asLong(0);
    }

    public static void clearFaults() {
        send("DELETE", "/_sim/faults", null);
    }

    /** Gives the account a plan of {@code seats} licences (a regular account, not a master account). */
    public static void seats(String account, int seats) {
        send("PUT", "/_sim/accounts/" + account + "/plan", Map.of("seats", seats, "master", false));
    }

    /**
     * From now on the account may create at most {@code perDay} users with Zoom's action {@code create} per UTC day;
     * the next one is refused with Zoom's daily 429. Null lifts the limit.
     */
    public static void createLimit(String account, Integer perDay) {
        Map<String, Object> body = new HashMap<>();
        body.put("perDay", perDay);
        send("PUT", "/_sim/accounts/" + account + "/create-limit", body);
    }

    /** A user of {@link #directory} who is the account's owner (Zoom's role id "0"). */
    public static Map<String, Object> owner(String email) {
        return Map.of("email", email, "status", "active", "role_id", "0");
    }

    /** A user record for {@link #directory}. */
    public static Map<String, Object> user(String email, String status) {
        return email == null ? Map.of("status", status) : Map.of("email", email, "status", status);
    }

    /**
     * A past meeting in Zoom's reports that no webhook told of: {@code meeting} with uuid, id, host_id, topic,
     * start_time, end_time and participants as {@code GET /past_meetings/{uuid}/participants} lists them.
     */
    public static void pastMeeting(String account, Map<String, Object> meeting) {
        send("POST", "/_sim/accounts/" + account + "/history/meetings", meeting);
    }

    /** A finished call in Zoom's call history that no webhook told of, as {@code GET /phone/call_history} lists it. */
    public static void pastCall(String account, Map<String, Object> call) {
        send("POST", "/_sim/accounts/" + account + "/history/calls", call);
    }

    private static JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestZoom.baseUrl() + path))
                    .header("Content-Type", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
