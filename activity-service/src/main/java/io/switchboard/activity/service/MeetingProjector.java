package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.config.ActivityConfig;
import io.switchboard.activity.repository.ConnectionRefRepository;
import io.switchboard.activity.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.activity.repository.MappingRefRepository;
import io.switchboard.activity.repository.MeetingFactRepository;
import io.switchboard.activity.repository.MeetingFactRepository.MeetingRef;
import io.switchboard.activity.repository.OrgSettingRepository;
import io.switchboard.activity.service.LogicalMeetings.Group;
import io.switchboard.activity.service.LogicalMeetings.Instance;
import io.switchboard.activity.service.MeetingProjection.ParticipantMark;
import io.switchboard.activity.service.MeetingProjection.Subject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Derives the timeline entries of one meeting id again from everything recorded for it, for each active connection of
 * the account, inside the caller's transaction (which holds the meeting id's lock).
 */
@ApplicationScoped
public class MeetingProjector {

    private final ConnectionRefRepository connections;
    private final MappingRefRepository mappings;
    private final MeetingFactRepository facts;
    private final TimelineWriter writer;
    private final ActivityConfig config;
    private final OrgSettingRepository settings;

    public MeetingProjector(
            ConnectionRefRepository connections,
            MappingRefRepository mappings,
            MeetingFactRepository facts,
            TimelineWriter writer,
            ActivityConfig config,
            OrgSettingRepository settings) {
        this.connections = connections;
        this.mappings = mappings;
        this.facts = facts;
        this.writer = writer;
        this.config = config;
        this.settings = settings;
    }

    /** What is recorded of one meeting id: its logical meetings and every join and leave. */
    private record Recorded(List<Group> groups, List<ParticipantMark> marks) {}

    /** Derives the entries of {@code meeting} for every active connection of the account. */
    public Uni<Void> project(SqlConnection sql, String zoomAccountId, MeetingRef meeting) {
        return connections
                .activeOfAccount(sql, zoomAccountId)
                .flatMap(active -> active.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : recorded(sql, zoomAccountId, meeting)
                                .flatMap(recorded -> InOrder.each(
                                        active, connection -> project(sql, connection, meeting, recorded))));
    }

    /** Derives the entries of {@code meeting} for one connection. */
    public Uni<Void> project(SqlConnection sql, ConnectionRef connection, MeetingRef meeting) {
        return recorded(sql, connection.zoomAccountId(), meeting)
                .flatMap(recorded -> project(sql, connection, meeting, recorded));
    }

    private Uni<Recorded> recorded(SqlConnection sql, String zoomAccountId, MeetingRef meeting) {
        return facts.instances(sql, zoomAccountId, meeting.meetingId())
                .flatMap(instances -> facts.marks(
                                sql,
                                zoomAccountId,
                                instances.stream().map(Instance::uuid).toList())
                        .map(marks -> new Recorded(LogicalMeetings.group(instances, config.mergeGap()), marks)));
    }

    private Uni<Void> project(SqlConnection sql, ConnectionRef connection, MeetingRef meeting, Recorded recorded) {
        return settings.storesTopics(sql, connection.orgId()).flatMap(withTopics -> {
            Subject subject =
                    new Subject(connection.id(), connection.orgId(), meeting.kind(), meeting.meetingId(), withTopics);
            return mappings.of(sql, connection.id(), zoomUsers(recorded))
                    .flatMap(mapped -> writer.write(
                            sql,
                            subject,
                            recorded.groups().stream().map(Group::key).collect(Collectors.toSet()),
                            MeetingProjection.entries(subject, recorded.groups(), recorded.marks(), mapped::get)));
        });
    }

    private static Set<String> zoomUsers(Recorded recorded) {
        Set<String> users = new HashSet<>();
        recorded.groups()
                .forEach(group -> group.instances().stream()
                        .map(Instance::hostZoomUserId)
                        .filter(host -> host != null)
                        .forEach(users::add));
        recorded.marks().stream()
                .map(ParticipantMark::zoomUserId)
                .filter(id -> id != null)
                .forEach(users::add);
        return users;
    }
}
