package io.switchboard.simulator.rest;

import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.ApiGate;
import io.switchboard.simulator.service.Grant;
import io.switchboard.simulator.service.History;
import io.switchboard.simulator.service.RateLimiter;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Zoom REST API v2 reports: past meetings of a user, their participants, the users report and phone history. */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityApiResource {

    private final ApiGate gate;
    private final History history;

    public ActivityApiResource(ApiGate gate, History history) {
        this.gate = gate;
        this.history = history;
    }

    @GET
    @Path("/report/users/{userId}/meetings")
    public Map<String, Object> userMeetings(
            @HeaderParam("Authorization") String authorization,
            @PathParam("userId") String userId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Grant grant = gate.enter(authorization, RateLimiter.Category.HEAVY);
        LocalDate[] range = range(from, to);
        return page("meetings", history.meetingsOf(grant.accountId(), userId, range[0], range[1]), range);
    }

    /** Meeting UUIDs that start with {@code /} or contain {@code //} must arrive URL-encoded twice, as at Zoom. */
    @GET
    @Path("/past_meetings/{meetingUuid}/participants")
    public Map<String, Object> participants(
            @HeaderParam("Authorization") String authorization, @Encoded @PathParam("meetingUuid") String encoded) {
        Grant grant = gate.enter(authorization, RateLimiter.Category.MEDIUM);
        String uuid = decode(encoded);
        if (uuid.contains("%")) {
            uuid = decode(uuid);
        }
        List<Map<String, Object>> participants = history.participants(grant.accountId(), uuid);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page_size", participants.size());
        body.put("total_records", participants.size());
        body.put("next_page_token", "");
        body.put("participants", participants);
        return body;
    }

    @GET
    @Path("/report/users")
    public Map<String, Object> usersReport(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Grant grant = gate.enter(authorization, RateLimiter.Category.HEAVY);
        LocalDate[] range = range(from, to);
        Map<String, Map<String, Object>> hosts = new LinkedHashMap<>();
        for (Map<String, Object> meeting : history.meetings(grant.accountId())) {
            LocalDate day = LocalDate.parse(((String) meeting.get("start_time")).substring(0, 10));
            if (day.isBefore(range[0]) || day.isAfter(range[1])) {
                continue;
            }
            Map<String, Object> host = hosts.computeIfAbsent((String) meeting.get("host_id"), id -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", id);
                row.put("email", meeting.get("user_email"));
                row.put("user_name", meeting.get("user_name"));
                row.put("meetings", 0);
                row.put("participants", 0);
                row.put("meeting_minutes", 0);
                return row;
            });
            host.merge("meetings", 1, (a, b) -> (Integer) a + (Integer) b);
            host.merge("participants", meeting.get("participants_count"), (a, b) -> (Integer) a + (Integer) b);
            host.merge("meeting_minutes", meeting.get("duration"), (a, b) -> (Integer) a + (Integer) b);
        }
        if (type != null && !"active".equals(type) && !"inactive".equals(type)) {
            throw new ApiError(400, 300, "Invalid field: type");
        }
        return page("users", "inactive".equals(type) ? List.of() : List.copyOf(hosts.values()), range);
    }

    @GET
    @Path("/phone/call_history")
    public Map<String, Object> callHistory(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Grant grant = gate.enter(authorization, RateLimiter.Category.MEDIUM);
        LocalDate[] range = range(from, to);
        return page("call_history", history.calls(grant.accountId(), range[0], range[1]), range);
    }

    private static Map<String, Object> page(String field, List<Map<String, Object>> items, LocalDate[] range) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", range[0].toString());
        body.put("to", range[1].toString());
        body.put("page_size", items.size());
        body.put("total_records", items.size());
        body.put("next_page_token", "");
        body.put(field, items);
        return body;
    }

    /** Zoom's report range: yyyy-MM-dd dates, at most one month apart. */
    private static LocalDate[] range(String from, String to) {
        try {
            LocalDate end = to == null || to.isBlank() ? History.LAST_DAY : LocalDate.parse(to);
            LocalDate start = from == null || from.isBlank() ? end.minusDays(29) : LocalDate.parse(from);
            if (start.isAfter(end) || start.plusMonths(1).isBefore(end)) {
                throw new ApiError(400, 300, "The date range must not exceed one month.");
            }
            return new LocalDate[] {start, end};
        } catch (DateTimeParseException e) {
            throw new ApiError(400, 300, "Invalid date: use yyyy-MM-dd.");
        }
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
