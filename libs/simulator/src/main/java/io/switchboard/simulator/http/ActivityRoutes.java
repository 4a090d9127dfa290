package io.switchboard.simulator.http;

import static io.switchboard.simulator.http.Http.handle;

import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.ApiGate;
import io.switchboard.simulator.service.Grant;
import io.switchboard.simulator.service.History;
import io.switchboard.simulator.service.PageTokens;
import io.switchboard.simulator.service.RateLimiter.Category;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Zoom REST API v2 reports: past meetings of a user, their participants, the users report, phone history, and past
 * webinars (the Dashboard's list, one instance's report, its participants).
 */
final class ActivityRoutes {

    private static final int MAX_PAGE_SIZE = 300;

    private final ApiGate gate;
    private final History history;
    private final PageTokens pages;

    ActivityRoutes(ApiGate gate, History history, PageTokens pages) {
        this.gate = gate;
        this.history = history;
        this.pages = pages;
    }

    void mount(Router router) {
        router.get("/v2/report/users/:userId/meetings").handler(handle(this::userMeetings));
        router.get("/v2/report/users").handler(handle(this::usersReport));
        router.get("/v2/past_meetings/:meetingUuid/participants").handler(handle(this::participants));
        router.get("/v2/past_meetings/:meetingId/instances").handler(handle(this::instances));
        router.get("/v2/phone/call_history").handler(handle(this::callHistory));
        router.get("/v2/metrics/webinars").handler(handle(this::pastWebinars));
        router.get("/v2/report/webinars/:webinarId").handler(handle(this::webinarReport));
        router.get("/v2/past_webinars/:webinarId/participants").handler(handle(this::webinarParticipants));
    }

    /**
     * The Dashboard's {@code GET /metrics/webinars} (Resource-intensive): {@code type=past} lists the webinars that
     * ended in the range, naming their host without a host id; {@code live} lists none here.
     */
    private void pastWebinars(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.RESOURCE_INTENSIVE);
        LocalDate[] range = range(ctx);
        String type = Http.query(ctx, "type");
        if (type != null && !"past".equals(type) && !"live".equals(type)) {
            throw new ApiError(400, 300, "Invalid field: type");
        }
        List<Map<String, Object>> rows = "live".equals(type)
                ? List.of()
                : history.webinars(grant.accountId(), range[0], range[1]).stream()
                        .map(ActivityRoutes::dashboardRow)
                        .toList();
        Http.json(ctx, 200, page(ctx, "webinars", grant.accountId() + "|webinars|" + type, rows, range));
    }

    private static Map<String, Object> dashboardRow(Map<String, Object> webinar) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("uuid", webinar.get("uuid"));
        row.put("id", webinar.get("id"));
        row.put("host", webinar.get("user_name"));
        row.put("email", webinar.get("user_email"));
        row.put("topic", webinar.get("topic"));
        row.put("start_time", webinar.get("start_time"));
        row.put("end_time", webinar.get("end_time"));
        int minutes = (Integer) webinar.get("duration");
        row.put("duration", "%02d:%02d".formatted(minutes / 60, minutes % 60));
        row.put("participants", webinar.get("participants_count"));
        return row;
    }

    /** Zoom's {@code GET /report/webinars/{webinarId}} (Heavy): one instance by uuid, or a webinar id's newest. */
    private void webinarReport(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.HEAVY);
        Http.json(ctx, 200, history.webinar(grant.accountId(), instanceId(ctx, "webinarId")));
    }

    /** Zoom's {@code GET /past_webinars/{webinarId}/participants} (Medium), of one instance by uuid. */
    private void webinarParticipants(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.MEDIUM);
        Map<String, Object> webinar = history.webinar(grant.accountId(), instanceId(ctx, "webinarId"));
        String uuid = (String) webinar.get("uuid");
        List<Map<String, Object>> participants = history.participants(grant.accountId(), uuid);
        Http.json(
                ctx,
                200,
                page(ctx, "participants", grant.accountId() + "|webinar-participants|" + uuid, participants, null));
    }

    private void userMeetings(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.HEAVY);
        LocalDate[] range = range(ctx);
        String userId = ctx.pathParam("userId");
        List<Map<String, Object>> meetings = history.meetingsOf(grant.accountId(), userId, range[0], range[1]);
        Http.json(ctx, 200, page(ctx, "meetings", grant.accountId() + "|meetings|" + userId, meetings, range));
    }

    /** Zoom's {@code GET /past_meetings/{uuid}/participants} (Medium). */
    private void participants(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.MEDIUM);
        String uuid = instanceId(ctx, "meetingUuid");
        List<Map<String, Object>> participants = history.participants(grant.accountId(), uuid);
        Http.json(ctx, 200, page(ctx, "participants", grant.accountId() + "|participants|" + uuid, participants, null));
    }

    /**
     * A meeting or webinar instance UUID from the path: one that starts with {@code /} or contains {@code //} must arrive
     * URL-encoded twice, as at Zoom (the router decodes once, the second encoding is decoded here); encoded only once
     * it is not found, as at Zoom, whose gateway takes its slashes for path separators.
     */
    private static String instanceId(RoutingContext ctx, String parameter) {
        String uuid = ctx.pathParam(parameter);
        if (uuid.contains("%")) {
            return URLDecoder.decode(uuid.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        if (uuid.startsWith("/") || uuid.contains("//")) {
            throw new ApiError(404, 3001, "Meeting does not exist: " + uuid + ".");
        }
        return uuid;
    }

    /** Zoom's {@code GET /past_meetings/{meetingId}/instances}: every ended instance of a meeting id (Medium). */
    private void instances(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.MEDIUM);
        Http.json(ctx, 200, Map.of("meetings", history.instances(grant.accountId(), ctx.pathParam("meetingId"))));
    }

    /** Zoom's {@code GET /report/users}: active hosts with their meetings, participants and minutes in the range. */
    private void usersReport(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.HEAVY);
        LocalDate[] range = range(ctx);
        String type = Http.query(ctx, "type");
        if (type != null && !"active".equals(type) && !"inactive".equals(type)) {
            throw new ApiError(400, 300, "Invalid field: type");
        }
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
        List<Map<String, Object>> rows = "inactive".equals(type) ? List.of() : List.copyOf(hosts.values());
        Http.json(ctx, 200, page(ctx, "users", grant.accountId() + "|report-users|" + type, rows, range));
    }

    private void callHistory(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.MEDIUM);
        LocalDate[] range = range(ctx);
        List<Map<String, Object>> calls = history.calls(grant.accountId(), range[0], range[1]);
        Http.json(ctx, 200, page(ctx, "call_history", grant.accountId() + "|calls", calls, range));
    }

    /**
     * One page of {@code items} as Zoom pages reports: {@code page_size} (1 to 300, default 30) and a
     * {@code next_page_token} bound to the query (the account, the endpoint and the date range).
     */
    private Map<String, Object> page(
            RoutingContext ctx, String field, String query, List<Map<String, Object>> items, LocalDate[] range) {
        int pageSize = Http.intQuery(ctx, "page_size", 30);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new ApiError(400, 300, "page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
        String scope = range == null ? query : query + "|" + range[0] + "|" + range[1];
        PageTokens.Page<Map<String, Object>> page =
                pages.page(scope, items, pageSize, Http.query(ctx, "next_page_token"));
        Map<String, Object> body = new LinkedHashMap<>();
        if (range != null) {
            body.put("from", range[0].toString());
            body.put("to", range[1].toString());
        }
        body.put("page_size", pageSize);
        body.put("total_records", page.totalRecords());
        body.put("next_page_token", page.nextPageToken() == null ? "" : page.nextPageToken());
        body.put(field, page.items());
        return body;
    }

    /** Zoom's report range: yyyy-MM-dd dates, at most one month apart. */
    private static LocalDate[] range(RoutingContext ctx) {
        String from = Http.query(ctx, "from");
        String to = Http.query(ctx, "to");
        try {
            LocalDate end = to == null || to.isBlank() ? History.LAST_DAY : LocalDate.parse(to);
            LocalDate start = from == null || from.isBlank() ? end.minusDays(29) : LocalDate.parse(from);
            if (start.isAfter(end) || start.plusMonths(1).isBefore(end)) {
                throw new ApiError(400, 300, "The date range must not exceed one month.");
            }
            return new LocalDate[] {start, end};
        } catch (DateTimeException e) {
            throw new ApiError(400, 300, "Invalid date: use yyyy-MM-dd.");
        }
    }
}
