package io.switchboard.zoom.api.http;

import static io.switchboard.zoom.api.rate.RateCategory.HEAVY;
import static io.switchboard.zoom.api.rate.RateCategory.LIGHT;
import static io.switchboard.zoom.api.rate.RateCategory.MEDIUM;
import static io.switchboard.zoom.api.rate.RateCategory.RESOURCE_INTENSIVE;
import static io.switchboard.zoom.api.rate.RateTable.CORE;
import static io.switchboard.zoom.api.rate.RateTable.PHONE;

import io.switchboard.zoom.api.rate.RateCategory;
import io.switchboard.zoom.api.rate.RateTable;
import io.vertx.core.http.HttpMethod;

/**
 * Every Zoom REST API v2 endpoint the client calls, with the rate-limit label of its reference page. Users and
 * accounts per FACTS.md and Zoom's reference; Zoom Phone's call history is Heavy on Phone's own table; the
 * Dashboard's past webinars are Resource-intensive (Business plans and above).
 */
public enum Endpoint {
    LIST_USERS(HttpMethod.GET, "/users", CORE, MEDIUM),
    USER_SUMMARY(HttpMethod.GET, "/users/summary", CORE, MEDIUM),
    GET_USER(HttpMethod.GET, "/users/{userId}", CORE, LIGHT),
    CREATE_USER(HttpMethod.POST, "/users", CORE, LIGHT),
    UPDATE_USER(HttpMethod.PATCH, "/users/{userId}", CORE, LIGHT),
    UPDATE_USER_STATUS(HttpMethod.PUT, "/users/{userId}/status", CORE, LIGHT),
    DELETE_USER(HttpMethod.DELETE, "/users/{userId}", CORE, LIGHT),
    PLAN_USAGE(HttpMethod.GET, "/accounts/{accountId}/plans/usage", CORE, HEAVY),
    LIST_ROLES(HttpMethod.GET, "/roles", CORE, MEDIUM),
    REPORT_USERS(HttpMethod.GET, "/report/users", CORE, HEAVY),
    REPORT_USER_MEETINGS(HttpMethod.GET, "/report/users/{userId}/meetings", CORE, HEAVY),
    PAST_MEETING_PARTICIPANTS(HttpMethod.GET, "/past_meetings/{meetingUuid}/participants", CORE, MEDIUM),
    PAST_MEETING_INSTANCES(HttpMethod.GET, "/past_meetings/{meetingId}/instances", CORE, MEDIUM),
    DASHBOARD_WEBINARS(HttpMethod.GET, "/metrics/webinars", CORE, RESOURCE_INTENSIVE),
    REPORT_WEBINAR(HttpMethod.GET, "/report/webinars/{webinarId}", CORE, HEAVY),
    PAST_WEBINAR_PARTICIPANTS(HttpMethod.GET, "/past_webinars/{webinarId}/participants", CORE, MEDIUM),
    PHONE_CALL_HISTORY(HttpMethod.GET, "/phone/call_history", PHONE, HEAVY);

    private final HttpMethod method;
    private final String template;
    private final RateTable table;
    private final RateCategory category;

    Endpoint(HttpMethod method, String template, RateTable table, RateCategory category) {
        this.method = method;
        this.template = template;
        this.table = table;
        this.category = category;
    }

    public HttpMethod method() {
        return method;
    }

    /** The path below the API base URL, with {@code {name}} placeholders. */
    public String template() {
        return template;
    }

    public RateTable table() {
        return table;
    }

    public RateCategory category() {
        return category;
    }

    /** The path with its placeholders replaced, in order, by {@code encodedSegments}. */
    public String path(String... encodedSegments) {
        StringBuilder path = new StringBuilder();
        int from = 0;
        for (String segment : encodedSegments) {
            int open = template.indexOf('{', from);
            if (open < 0) {
                throw new IllegalArgumentException(this + " has fewer path parameters than given");
            }
            path.append(template, from, open).append(segment);
            from = template.indexOf('}', open) + 1;
        }
        if (template.indexOf('{', from) >= 0) {
            throw new IllegalArgumentException(this + " has more path parameters than given");
        }
        return path.append(template.substring(from)).toString();
    }

    /** For messages: the method and template, for example {@code GET /users/{userId}}; no ids, no tokens. */
    public String describe() {
        return method.name() + " " + template;
    }
}
