package io.switchboard.deploy.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.switchboard.deploy.demo.Views.TrafficRun;
import io.switchboard.deploy.demo.Views.ZoomUser;
import io.switchboard.deploy.demo.Views.ZoomUsersPage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulated Zoom: its directory read as a Zoom admin would, and its control API ({@code /_sim}) that plays
 * traffic and records activity Zoom's webhooks never told of.
 */
final class SimulatorApi {

    private final String baseUrl;
    private final Api control = new Api(null);

    SimulatorApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A traffic run: Zoom activity of {@code accountId} played to {@code target} as signed webhooks. */
    record Traffic(
            String target,
            String secret,
            String accountId,
            int events,
            int ratePerSecond,
            double duplicateRate,
            int reorderWindow,
            long retryDelayMs,
            long seed) {}

    /** A meeting in Zoom's reports ({@code /_sim/accounts/{id}/history/meetings}), with its participants. */
    record PastMeeting(
            String uuid,
            long id,
            @JsonProperty("host_id") String hostId,
            String topic,
            @JsonProperty("start_time") String startTime,
            @JsonProperty("end_time") String endTime,
            List<Map<String, Object>> participants) {}

    /** Every user of the account (active, inactive and pending), read from Zoom's {@code GET /v2/users}. */
    List<ZoomUser> directory(String accountId) {
        String zoomToken =
                (String) control.call("POST", baseUrl + "/_sim/accounts/" + accountId + "/tokens", Map.of(), Map.class)
                        .get("access_token");
        Api zoom = new Api(zoomToken);
        List<ZoomUser> users = new ArrayList<>();
        for (String status : List.of("active", "inactive", "pending")) {
            String next = "";
            do {
                String page300 = baseUrl + "/v2/users?status=" + status + "&page_size=300";
                ZoomUsersPage page = zoom.get(
                        next.isEmpty()
                                ? page300
                                : page300 + "&next_page_token=" + URLEncoder.encode(next, StandardCharsets.UTF_8),
                        ZoomUsersPage.class);
                users.addAll(page.users());
                next = page.nextPageToken() == null ? "" : page.nextPageToken();
            } while (!next.isEmpty());
        }
        return users;
    }

    TrafficRun start(Traffic traffic) {
        return control.call("POST", baseUrl + "/_sim/traffic", traffic, TrafficRun.class);
    }

    TrafficRun run(String runId) {
        return control.get(baseUrl + "/_sim/traffic/" + runId, TrafficRun.class);
    }

    /** Puts the meeting into Zoom's reports without delivering any webhook of it: Zoom dropped them. */
    void recordWithoutWebhooks(String accountId, PastMeeting meeting) {
        control.call("POST", baseUrl + "/_sim/accounts/" + accountId + "/history/meetings", meeting, Void.class);
    }
}
