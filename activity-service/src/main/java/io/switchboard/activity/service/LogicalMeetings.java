package io.switchboard.activity.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the instances of one meeting id into logical meetings. When a host drops and starts again, Zoom issues a new
 * uuid under the same meeting id; counting instances would count that meeting twice. Instances that begin within
 * {@code gap} of the end of the one before (its last sign of life when it has not ended) are one logical meeting;
 * recurring occurrences, hours or days apart, stay apart.
 */
public final class LogicalMeetings {

    private LogicalMeetings() {}

    /** One instance as recorded, with the last time anything happened in it. */
    public record Instance(
            String uuid,
            String hostZoomUserId,
            String topic,
            Instant startedAt,
            Instant endedAt,
            Instant lastSeenAt,
            long stateTs) {

        Instant reach() {
            return endedAt != null ? endedAt : lastSeenAt != null ? lastSeenAt : startedAt;
        }
    }

    /** A logical meeting: its instances in order of start. Its key is its first instance's uuid. */
    public record Group(List<Instance> instances) {

        public String key() {
            return instances.get(0).uuid();
        }

        public Instant startedAt() {
            return instances.get(0).startedAt();
        }

        /** When the last instance ended; null while it runs. */
        public Instant endedAt() {
            return instances.get(instances.size() - 1).endedAt();
        }

        /** The host of the newest state (a host may hand over between instances). */
        public String hostZoomUserId() {
            return newest().hostZoomUserId();
        }

        public String topic() {
            return newest().topic();
        }

        private Instance newest() {
            return instances.stream()
                    .max(Comparator.comparingLong(Instance::stateTs))
                    .orElseThrow();
        }
    }

    public static List<Group> group(List<Instance> instances, Duration gap) {
        List<Instance> sorted = new ArrayList<>(instances);
        sorted.sort(Comparator.comparing(Instance::startedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Instance::uuid));
        List<Group> groups = new ArrayList<>();
        List<Instance> current = new ArrayList<>();
        Instant reach = null;
        for (Instance instance : sorted) {
            boolean follows = reach != null
                    && instance.startedAt() != null
                    && !instance.startedAt().isAfter(reach.plus(gap));
            if (!current.isEmpty() && !follows) {
                groups.add(new Group(List.copyOf(current)));
                current.clear();
                reach = null;
            }
            current.add(instance);
            Instant instanceReach = instance.reach();
            reach = reach == null || (instanceReach != null && instanceReach.isAfter(reach)) ? instanceReach : reach;
        }
        if (!current.isEmpty()) {
            groups.add(new Group(List.copyOf(current)));
        }
        return groups;
    }
}
