package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.config.ActivityConfig;
import io.switchboard.activity.mapping.ActivityDetail;
import io.switchboard.activity.mapping.ActivityView;
import io.switchboard.activity.mapping.ParticipantView;
import io.switchboard.activity.repository.ActivityEntity;
import io.switchboard.activity.repository.ConnectionRefRepository;
import io.switchboard.activity.repository.MappingRefRepository;
import io.switchboard.activity.repository.MeetingFactRepository;
import io.switchboard.activity.repository.RecordedMeetingRepository;
import io.switchboard.activity.repository.ZoomUserRefRepository;
import io.switchboard.activity.service.LogicalMeetings.Group;
import io.switchboard.activity.service.LogicalMeetings.Instance;
import io.switchboard.activity.service.MeetingProjection.Mapped;
import io.switchboard.activity.service.MeetingProjection.ParticipantMark;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One entry in detail: for a meeting or webinar, everyone who took part in its logical meeting, with their joins,
 * leaves and minutes present. A participant is internal when they are a Zoom user of the connection (known from
 * {@code switchboard.zoom-users}) or mapped, and named by their profile when mapped and switched on; anyone else,
 * guests and Zoom users of other accounts alike, only by the name Zoom shows.
 */
@ApplicationScoped
public class ActivityDetails {

    private final Pool database;
    private final ConnectionRefRepository connections;
    private final MappingRefRepository mappings;
    private final ZoomUserRefRepository directory;
    private final MeetingFactRepository facts;
    private final RecordedMeetingRepository recordedMeetings;
    private final ActivityConfig config;

    public ActivityDetails(
            Pool database,
            ConnectionRefRepository connections,
            MappingRefRepository mappings,
            ZoomUserRefRepository directory,
            MeetingFactRepository facts,
            RecordedMeetingRepository recordedMeetings,
            ActivityConfig config) {
        this.database = database;
        this.connections = connections;
        this.mappings = mappings;
        this.directory = directory;
        this.facts = facts;
        this.recordedMeetings = recordedMeetings;
        this.config = config;
    }

    /** The entry with its participants. */
    public Uni<ActivityDetail> of(ActivityEntity entry) {
        ActivityView view = ActivityView.of(entry);
        if ("phone".equals(entry.type)) {
            return Uni.createFrom().item(new ActivityDetail(view, List.of()));
        }
        // activity_group: <kind>:<connection>:<meeting id>:<first instance's uuid>
        String[] group = entry.activityGroup.split(":", 4);
        if (group.length < 4) {
            return Uni.createFrom().item(new ActivityDetail(view, List.of()));
        }
        return participants(entry.connectionId, group[2], group[3]).map(found -> new ActivityDetail(view, found));
    }

    private Uni<List<ParticipantView>> participants(UUID connectionId, String meetingId, String groupKey) {
        return connections
                .find(database, connectionId)
                .flatMap(connection -> connection == null
                        ? Uni.createFrom().item(List.of())
                        : recordedMeetings
                                .instances(database, connection.zoomAccountId(), meetingId)
                                .map(instances -> LogicalMeetings.group(instances, config.mergeGap()).stream()
                                        .filter(candidate -> candidate.key().equals(groupKey))
                                        .findFirst()
                                        .orElse(null))
                                .flatMap(group -> group == null
                                        ? Uni.createFrom().item(List.<ParticipantView>of())
                                        : participants(connectionId, connection.zoomAccountId(), group)));
    }

    private Uni<List<ParticipantView>> participants(UUID connectionId, String account, Group group) {
        List<String> uuids = group.instances().stream().map(Instance::uuid).toList();
        return recordedMeetings
                .marks(database, account, uuids)
                .flatMap(marks -> facts.names(database, account, uuids)
                        .flatMap(names -> people(
                                        connectionId,
                                        MeetingProjection.zoomUsers(group, marks)
                                                .values())
                                .map(people -> views(group, marks, names, people))));
    }

    /** Who of these Zoom user ids is mapped, and who is a Zoom user of the connection. */
    private record People(Map<String, Mapped> mapped, Set<String> members) {

        boolean internal(String zoomUserId) {
            return zoomUserId != null && (mapped.containsKey(zoomUserId) || members.contains(zoomUserId));
        }
    }

    private Uni<People> people(UUID connectionId, Collection<String> zoomUserIds) {
        return mappings.of(database, connectionId, zoomUserIds)
                .flatMap(mapped -> directory
                        .known(database, connectionId, zoomUserIds)
                        .map(members -> new People(mapped, members)));
    }

    private static List<ParticipantView> views(
            Group group, List<ParticipantMark> marks, Map<String, String> names, People people) {
        Map<String, String> zoomUsers = MeetingProjection.zoomUsers(group, marks);
        List<ParticipantView> views = new ArrayList<>();
        MeetingProjection.attendance(group, marks).forEach((key, attendance) -> {
            String zoomUserId = zoomUsers.get(key);
            Mapped person = zoomUserId == null ? null : people.mapped().get(zoomUserId);
            views.add(new ParticipantView(
                    names.get(key),
                    people.internal(zoomUserId),
                    person != null && person.enabled() ? person.profileId() : null,
                    attendance.firstJoin(),
                    attendance.lastLeave(),
                    attendance.minutesPresent(),
                    attendance.stays()));
        });
        views.sort(Comparator.comparing(ParticipantView::firstJoin, Comparator.nullsLast(Comparator.naturalOrder())));
        return views;
    }
}
