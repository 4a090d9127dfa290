package io.switchboard.activity.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One participant's presence in a logical meeting, from the set of their joins and leaves, whatever order they came
 * in. A stay is a join and the next leave of the same Zoom session; a stay without its join began when the instance
 * began, one without its leave lasts until the instance ended (or is still open). Overlapping stays count once.
 */
public record Attendance(Instant firstJoin, Instant lastLeave, long secondsPresent, int stays) {

    /** A join or a leave of one stay ({@code sessionId}, null when Zoom gave none). */
    public record Mark(String sessionId, boolean joined, Instant at) {}

    /** The instance a participant's marks belong to: when it began and ended (either may be null). */
    public record Bounds(Instant startedAt, Instant endedAt) {}

    /** Presence from the marks of one instance; several instances of a logical meeting are added with {@link #plus}. */
    public static Attendance of(List<Mark> marks, Bounds bounds) {
        List<Instant[]> stays = stays(marks, bounds);
        Instant first = null;
        Instant last = null;
        for (Instant[] stay : stays) {
            first = earliest(first, stay[0]);
            last = latest(last, stay[1]);
        }
        return new Attendance(first, last, union(stays), stays.size());
    }

    /** This presence and another (in another instance of the same logical meeting). */
    public Attendance plus(Attendance other) {
        return new Attendance(
                earliest(firstJoin, other.firstJoin),
                latest(lastLeave, other.lastLeave),
                secondsPresent + other.secondsPresent,
                stays + other.stays);
    }

    public int minutesPresent() {
        return (int) Math.round(secondsPresent / 60.0);
    }

    /**
     * The stays, per Zoom session in time order: a join opens a stay (a second join while open changes nothing), a
     * leave closes it; a leave with no open stay closes the last one later, or begins at the instance's start.
     */
    private static List<Instant[]> stays(List<Mark> marks, Bounds bounds) {
        Map<String, List<Mark>> bySession = new LinkedHashMap<>();
        marks.stream()
                .sorted(Comparator.comparing(Mark::at).thenComparing(Mark::joined))
                .forEach(mark -> bySession
                        .computeIfAbsent(String.valueOf(mark.sessionId()), ignored -> new ArrayList<>())
                        .add(mark));
        List<Instant[]> stays = new ArrayList<>();
        for (List<Mark> session : bySession.values()) {
            List<Instant[]> own = new ArrayList<>();
            Instant[] open = null;
            for (Mark mark : session) {
                if (mark.joined() && open == null) {
                    open = new Instant[] {mark.at(), null};
                    own.add(open);
                } else if (!mark.joined() && open != null) {
                    open[1] = mark.at();
                    open = null;
                } else if (!mark.joined()) {
                    if (own.isEmpty()) {
                        own.add(new Instant[] {bounds.startedAt(), mark.at()});
                    } else {
                        own.get(own.size() - 1)[1] = mark.at();
                    }
                }
            }
            if (open != null) {
                open[1] = bounds.endedAt();
            }
            stays.addAll(own);
        }
        return stays;
    }

    /** Seconds covered by the stays whose both ends are known, overlaps counted once. */
    private static long union(List<Instant[]> stays) {
        List<Instant[]> known = new ArrayList<>();
        for (Instant[] stay : stays) {
            if (stay[0] != null && stay[1] != null && !stay[1].isBefore(stay[0])) {
                known.add(stay);
            }
        }
        known.sort(Comparator.comparing(stay -> stay[0]));
        long seconds = 0;
        Instant coveredTo = null;
        for (Instant[] stay : known) {
            Instant from = coveredTo != null && coveredTo.isAfter(stay[0]) ? coveredTo : stay[0];
            if (stay[1].isAfter(from)) {
                seconds += Duration.between(from, stay[1]).toSeconds();
                coveredTo = stay[1];
            }
        }
        return seconds;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
