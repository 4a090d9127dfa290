package io.switchboard.simulator.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.switchboard.simulator.ZoomSimulator;
import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.History;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Control API for tests that need past activity in Zoom's reports that no webhook told of (one Zoom dropped after its
 * retries): {@code POST /_sim/accounts/{accountId}/history/meetings} with the meeting ({@code uuid}, {@code id},
 * {@code host_id}, {@code topic}, {@code start_time}, {@code end_time}) and its {@code participants} as
 * {@code GET /past_meetings/{uuid}/participants} shows them; {@code POST .../history/calls} with a call as
 * {@code GET /phone/call_history} lists it.
 */
final class HistoryControlRoutes {

    private final History history;

    HistoryControlRoutes(ZoomSimulator simulator) {
        this.history = simulator.history();
    }

    /** A past meeting and its participants. */
    record PastMeeting(
            String uuid,
            Long id,
            @JsonProperty("host_id") String hostId,
            String topic,
            Integer type,
            @JsonProperty("start_time") String startTime,
            @JsonProperty("end_time") String endTime,
            List<Map<String, Object>> participants) {}

    void mount(Router router) {
        router.post("/_sim/accounts/:accountId/history/meetings")
                .handler(Http.body())
                .handler(Http.handle(this::add));
        router.post("/_sim/accounts/:accountId/history/calls")
                .handler(Http.body())
                .handler(Http.handle(this::call));
    }

    /** A finished call as {@code GET /phone/call_history} lists it (id, call_id, user_id, direction, start_time, ...). */
    private void call(RoutingContext ctx) {
        @SuppressWarnings("unchecked")
        Map<String, Object> call = Http.body(ctx, Map.class);
        for (String field : new String[] {"id", "call_id", "user_id", "direction", "start_time"}) {
            if (!(call.get(field) instanceof String value) || value.isBlank()) {
                throw new ApiError(400, 300, field + " is required");
            }
        }
        history.recordCall(ctx.pathParam("accountId"), call);
        Http.noContent(ctx);
    }

    private void add(RoutingContext ctx) {
        PastMeeting past = Http.body(ctx, PastMeeting.class);
        if (past.uuid() == null
                || past.id() == null
                || past.hostId() == null
                || past.startTime() == null
                || past.endTime() == null) {
            throw new ApiError(400, 300, "uuid, id, host_id, start_time and end_time are required");
        }
        List<Map<String, Object>> participants = past.participants() == null ? List.of() : past.participants();
        Instant start;
        Instant end;
        try {
            start = Instant.parse(past.startTime());
            end = Instant.parse(past.endTime());
        } catch (java.time.DateTimeException e) {
            throw new ApiError(400, 300, "start_time and end_time must be ISO-8601 instants");
        }
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("uuid", past.uuid());
        meeting.put("id", past.id());
        meeting.put("host_id", past.hostId());
        meeting.put("type", past.type() == null ? 2 : past.type());
        meeting.put("topic", past.topic());
        meeting.put("start_time", start.toString());
        meeting.put("end_time", end.toString());
        meeting.put("duration", (int) Duration.between(start, end).toMinutes());
        meeting.put("participants_count", participants.size());
        history.recordMeeting(ctx.pathParam("accountId"), meeting, participants);
        Http.noContent(ctx);
    }
}
