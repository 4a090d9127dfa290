package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.config.ActivityConfig;
import io.switchboard.activity.repository.ConnectionRefRepository;
import io.switchboard.activity.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.activity.repository.MappingRefRepository;
import io.switchboard.activity.repository.MeetingFactRepository.MeetingRef;
import io.switchboard.activity.repository.OrgSettingRepository;
import io.switchboard.activity.repository.RecordedMeetingRepository;
import io.switchboard.activity.repository.RecordedMeetingRepository.AccountInstance;
import io.switchboard.activity.repository.RecordedMeetingRepository.AccountMeetingId;
import io.switchboard.activity.service.LogicalMeetings.Group;
import io.switchboard.activity.service.LogicalMeetings.Instance;
import io.switchboard.activity.service.MeetingProjection.ParticipantMark;
import io.switchboard.activity.service.MeetingProjection.Subject;
import io.switchboard.activity.service.TimelineWriter.Derived;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Derives the timeline entries of meeting ids again from everything recorded for them, for each active connection of
 * their accounts, inside the caller's transaction (which holds the meeting ids' locks). Many meetings are derived
 * with one query per kind of fact and one write for all their entries.
 */
@ApplicationScoped
public class MeetingProjector {

    /** A meeting id of a Zoom account. */
    public record AccountMeeting(String zoomAccountId, MeetingRef meeting) {

        AccountMeetingId id() {
            return new AccountMeetingId(zoomAccountId, meeting.meetingId());
        }
    }

    /** What is recorded of one meeting id: its logical meetings and every join and leave. */
    private record Recorded(List<Group> groups, List<ParticipantMark> marks) {}

    private final ConnectionRefRepository connections;
    private final MappingRefRepository mappings;
    private final RecordedMeetingRepository recordedMeetings;
    private final TimelineWriter writer;
    private final ActivityConfig config;
    private final OrgSettingRepository settings;

    public MeetingProjector(
            ConnectionRefRepository connections,
            MappingRefRepository mappings,
            RecordedMeetingRepository recordedMeetings,
            TimelineWriter writer,
            ActivityConfig config,
            OrgSettingRepository settings) {
        this.connections = connections;
        this.mappings = mappings;
        this.recordedMeetings = recordedMeetings;
        this.writer = writer;
        this.config = config;
        this.settings = settings;
    }

    /** Derives the entries of these meetings for every active connection of their accounts. */
    public Uni<Void> projectAll(SqlConnection sql, List<AccountMeeting> meetings) {
        List<String> accounts =
                meetings.stream().map(AccountMeeting::zoomAccountId).distinct().toList();
        Map<String, List<ConnectionRef>> active = new LinkedHashMap<>();
        return InOrder.each(
                        accounts,
                        account ->
                                connections.activeOfAccount(sql, account).invoke(found -> active.put(account, found)))
                .flatMap(ignored -> project(sql, active, meetings));
    }

    /** Derives the entries of {@code meeting} for one connection. */
    public Uni<Void> project(SqlConnection sql, ConnectionRef connection, MeetingRef meeting) {
        return project(
                sql,
                Map.of(connection.zoomAccountId(), List.of(connection)),
                List.of(new AccountMeeting(connection.zoomAccountId(), meeting)));
    }

    private Uni<Void> project(
            SqlConnection sql, Map<String, List<ConnectionRef>> active, List<AccountMeeting> meetings) {
        List<AccountMeeting> connected = meetings.stream()
                .filter(meeting ->
                        !active.getOrDefault(meeting.zoomAccountId(), List.of()).isEmpty())
                .toList();
        if (connected.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Derived> derived = new ArrayList<>();
        return recorded(sql, connected)
                .call(recorded -> InOrder.each(
                        active.values().stream().flatMap(List::stream).toList(),
                        connection ->
                                derive(sql, connection, connected, recorded).invoke(derived::addAll)))
                .flatMap(ignored -> writer.writeAll(sql, derived));
    }

    private Uni<Map<AccountMeetingId, Recorded>> recorded(SqlConnection sql, List<AccountMeeting> meetings) {
        List<AccountMeetingId> ids =
                meetings.stream().map(AccountMeeting::id).distinct().toList();
        return recordedMeetings
                .instances(sql, ids)
                .flatMap(instances -> recordedMeetings
                        .marks(sql, instancesOf(instances))
                        .map(marks -> {
                            Map<AccountMeetingId, Recorded> recorded = new LinkedHashMap<>();
                            for (AccountMeetingId id : ids) {
                                List<Instance> of = instances.getOrDefault(id, List.of());
                                List<ParticipantMark> marksOf = of.stream()
                                        .flatMap(instance -> marks
                                                .getOrDefault(
                                                        new AccountInstance(id.zoomAccountId(), instance.uuid()),
                                                        List.of())
                                                .stream())
                                        .toList();
                                recorded.put(id, new Recorded(LogicalMeetings.group(of, config.mergeGap()), marksOf));
                            }
                            return recorded;
                        }));
    }

    /** The entries of the meetings of the connection's account, for that connection. */
    private Uni<List<Derived>> derive(
            SqlConnection sql,
            ConnectionRef connection,
            List<AccountMeeting> meetings,
            Map<AccountMeetingId, Recorded> recorded) {
        List<AccountMeeting> own = meetings.stream()
                .filter(meeting -> meeting.zoomAccountId().equals(connection.zoomAccountId()))
                .toList();
        Set<String> users = new HashSet<>();
        own.forEach(meeting -> users.addAll(zoomUsers(recorded.get(meeting.id()))));
        return settings.storesTopics(sql, connection.orgId())
                .flatMap(withTopics -> mappings.of(sql, connection.id(), users)
                        .map(mapped -> own.stream()
                                .map(meeting -> {
                                    Subject subject = new Subject(
                                            connection.id(),
                                            connection.orgId(),
                                            meeting.meeting().kind(),
                                            meeting.meeting().meetingId(),
                                            withTopics);
                                    Recorded of = recorded.get(meeting.id());
                                    return new Derived(
                                            subject,
                                            of.groups().stream().map(Group::key).collect(Collectors.toSet()),
                                            MeetingProjection.entries(subject, of.groups(), of.marks(), mapped::get));
                                })
                                .toList()));
    }

    private static List<AccountInstance> instancesOf(Map<AccountMeetingId, List<Instance>> instances) {
        List<AccountInstance> all = new ArrayList<>();
        instances.forEach(
                (id, of) -> of.forEach(instance -> all.add(new AccountInstance(id.zoomAccountId(), instance.uuid()))));
        return all;
    }

    private static Set<String> zoomUsers(Recorded recorded) {
        Set<String> users = new HashSet<>();
        recorded.groups()
                .forEach(group -> group.instances().stream()
                        .map(Instance::hostZoomUserId)
                        .filter(Objects::nonNull)
                        .forEach(users::add));
        recorded.marks().stream()
                .map(ParticipantMark::zoomUserId)
                .filter(Objects::nonNull)
                .forEach(users::add);
        return users;
    }
}
