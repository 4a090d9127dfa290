package io.switchboard.activity.service;

import io.switchboard.activity.service.LogicalMeetings.Group;
import io.switchboard.activity.service.LogicalMeetings.Instance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Derives the timeline entries of one meeting id for one connection from the recorded facts: per logical meeting, a
 * "hosted" entry for its host and an "attended" entry for every other internal participant, each only for a person
 * mapped to a profile with Zoom switched on. External participants count as participants and are never resolved to
 * anyone. The result depends only on the facts, never on the order they arrived in.
 */
public final class MeetingProjection {

    private MeetingProjection() {}

    /** A join or leave of a participant in one instance. */
    public record ParticipantMark(String uuid, String participantKey, String zoomUserId, Attendance.Mark mark) {}

    /** The profile a Zoom user is mapped to, and whether Zoom is on for that person. */
    public record Mapped(String profileId, boolean enabled) {}

    /**
     * What the entries are derived for: the connection, the kind and the meeting id; {@code withTopics} false when the
     * organisation does not let meeting topics be stored.
     */
    public record Subject(UUID connectionId, String orgId, MeetingKind kind, String meetingId, boolean withTopics) {

        String title(Group group) {
            return withTopics ? group.topic() : null;
        }

        /** The start of the source keys of every entry of this meeting id in this connection. */
        public String keyPrefix() {
            return kind.wire() + ":" + connectionId + ":" + meetingId + ":";
        }

        String group(Group group) {
            return keyPrefix() + group.key();
        }

        String key(Group group, ActivityRole role) {
            return group(group) + ":" + role.wire();
        }
    }

    public static List<TimelineEntry> entries(
            Subject subject, List<Group> groups, List<ParticipantMark> marks, Function<String, Mapped> mapping) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Group group : groups) {
            Map<String, Attendance> present = attendance(group, marks);
            Map<String, String> zoomUsers = zoomUsers(group, marks);
            String host = group.hostZoomUserId();
            hosted(subject, group, host, present, mapping).ifPresent(entries::add);
            zoomUsers.forEach((key, zoomUserId) -> {
                if (!zoomUserId.equals(host)) {
                    attended(subject, group, zoomUserId, present.get(key), present.size(), mapping)
                            .ifPresent(entries::add);
                }
            });
        }
        return entries;
    }

    private static Optional<TimelineEntry> hosted(
            Subject subject,
            Group group,
            String host,
            Map<String, Attendance> present,
            Function<String, Mapped> mapping) {
        Mapped mapped = host == null ? null : mapping.apply(host);
        if (mapped == null || !mapped.enabled()) {
            return Optional.empty();
        }
        Attendance own = present.get(host);
        Integer duration = seconds(group.startedAt(), group.endedAt());
        return Optional.of(new TimelineEntry(
                subject.orgId(),
                mapped.profileId(),
                subject.connectionId(),
                host,
                subject.kind().wire(),
                ActivityRole.HOSTED,
                subject.key(group, ActivityRole.HOSTED),
                subject.group(group),
                subject.title(group),
                group.startedAt(),
                group.endedAt(),
                duration,
                present.size(),
                own == null ? null : own.minutesPresent(),
                null,
                null));
    }

    private static Optional<TimelineEntry> attended(
            Subject subject,
            Group group,
            String zoomUserId,
            Attendance own,
            int participants,
            Function<String, Mapped> mapping) {
        Mapped mapped = mapping.apply(zoomUserId);
        if (mapped == null || !mapped.enabled() || own == null) {
            return Optional.empty();
        }
        Instant joined = own.firstJoin() != null ? own.firstJoin() : group.startedAt();
        return Optional.of(new TimelineEntry(
                subject.orgId(),
                mapped.profileId(),
                subject.connectionId(),
                zoomUserId,
                subject.kind().wire(),
                ActivityRole.ATTENDED,
                subject.key(group, ActivityRole.ATTENDED),
                subject.group(group),
                subject.title(group),
                joined,
                own.lastLeave(),
                (int) own.secondsPresent(),
                participants,
                own.minutesPresent(),
                null,
                null));
    }

    /** Each participant's presence over the group's instances, by participant key. */
    public static Map<String, Attendance> attendance(Group group, List<ParticipantMark> marks) {
        Map<String, Attendance> present = new LinkedHashMap<>();
        for (Instance instance : group.instances()) {
            Map<String, List<Attendance.Mark>> byKey = new LinkedHashMap<>();
            marks.stream()
                    .filter(mark -> mark.uuid().equals(instance.uuid()))
                    .forEach(mark -> byKey.computeIfAbsent(mark.participantKey(), key -> new ArrayList<>())
                            .add(mark.mark()));
            Attendance.Bounds bounds = new Attendance.Bounds(instance.startedAt(), instance.endedAt());
            byKey.forEach((key, own) -> present.merge(key, Attendance.of(own, bounds), Attendance::plus));
        }
        return present;
    }

    /** The internal participants of the group: participant key to Zoom user id. */
    public static Map<String, String> zoomUsers(Group group, List<ParticipantMark> marks) {
        List<String> uuids = group.instances().stream().map(Instance::uuid).toList();
        Map<String, String> zoomUsers = new LinkedHashMap<>();
        marks.stream()
                .filter(mark -> mark.zoomUserId() != null && uuids.contains(mark.uuid()))
                .forEach(mark -> zoomUsers.putIfAbsent(mark.participantKey(), mark.zoomUserId()));
        return zoomUsers;
    }

    private static Integer seconds(Instant from, Instant to) {
        return from == null || to == null
                ? null
                : (int) Duration.between(from, to).toSeconds();
    }
}
