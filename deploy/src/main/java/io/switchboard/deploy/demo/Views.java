package io.switchboard.deploy.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The answers of the stack's REST APIs that the demo reads, as typed records (unknown fields are ignored). */
public final class Views {

    private Views() {}

    /** A user of Zoom's {@code GET /v2/users}. */
    public record ZoomUser(
            String id,
            String email,
            @JsonProperty("display_name") String displayName,
            String status,
            @JsonProperty("role_id") String roleId) {}

    /** A page of Zoom's {@code GET /v2/users}. */
    public record ZoomUsersPage(
            List<ZoomUser> users,
            @JsonProperty("next_page_token") String nextPageToken) {}

    /** connection-service: {@code POST /orgs/{org}/connections/zoom}. */
    public record ConnectStarted(UUID connectionId, String authorizeUrl) {}

    /** connection-service: a connection. */
    public record Connection(
            UUID id, String status, String zoomAccountId, List<String> grantedScopes, List<String> missingScopes) {}

    /** user-mapping-service: the latest import of a connection. */
    public record ImportStatus(
            String state,
            String trigger,
            int pagesFetched,
            int usersSeen,
            Integer matched,
            Integer unmatched,
            Integer ambiguous,
            Instant queuedAt,
            Instant finishedAt,
            String lastError) {}

    /** user-mapping-service: a Zoom user with its profile or the reason it has none. */
    public record MappedUser(
            String zoomUserId, String email, String status, boolean mapped, String profileId, String reason) {}

    /** user-mapping-service: {@code GET .../match-report}. */
    public record MatchReport(
            long total,
            long matched,
            double matchRate,
            Map<String, Long> byReason,
            Map<String, List<MappedUser>> users) {}

    /** The simulator's counters of a traffic run. */
    public record TrafficRun(
            String runId,
            boolean finished,
            long generated,
            long delivered,
            long duplicates,
            long retries,
            long refused,
            long dropped) {}

    /** activity-service: a timeline entry. */
    public record Activity(
            UUID id,
            String profileId,
            String type,
            String title,
            Instant startedAt,
            Integer durationSeconds,
            String role,
            Integer participants,
            Integer minutesPresent,
            String otherParty,
            String result) {}

    /** activity-service: a page of a timeline or of the organisation's stream. */
    public record ActivityPage(List<Activity> items, String nextCursor) {}

    /** activity-service: a reconciliation with Zoom's reports. */
    public record Reconciliation(
            String state,
            String trigger,
            LocalDate from,
            LocalDate to,
            Instant queuedAt,
            Instant startedAt,
            Instant finishedAt,
            int meetings,
            int webinars,
            int calls,
            String lastError) {}

    /** activity-service: {@code GET .../freshness}. */
    public record Freshness(Instant lastEventAt, Reconciliation lastReconciliation, LocalDate reconciledThrough) {}

    /** activity-service: one ISO week of a person's summary. */
    public record Week(
            LocalDate weekStart,
            int meetingsHosted,
            int meetingsAttended,
            int webinarsHosted,
            int webinarsAttended,
            int minutesInMeetings,
            int callsPlaced,
            int callsReceived,
            int callsMissed,
            int collaborators) {}

    /** activity-service: {@code GET .../summary}. */
    public record Summary(String profileId, List<Week> weeks) {}

    /** license-service: the plan's seats. */
    public record Seats(String planName, int total, int assigned, int available, int pending) {}

    /** license-service: users of one licence type. */
    public record TypeCount(int type, String name, int users) {}

    /** license-service: {@code GET .../licenses/summary}. */
    public record LicenceSummary(
            Seats seats, int users, List<TypeCount> byType, Instant lastSyncedAt, String lastSyncError) {}

    /** license-service: a licence nobody used in the window. */
    public record Unused(
            String zoomUserId,
            String email,
            String roleName,
            String profileId,
            Instant lastLoginAt,
            Instant lastHostedAt,
            long daysInactive) {}

    /** license-service: {@code GET .../licenses/unused}. */
    public record UnusedReport(int inactiveDays, String basis, int seatsFreed, String caveat, List<Unused> users) {}
}
