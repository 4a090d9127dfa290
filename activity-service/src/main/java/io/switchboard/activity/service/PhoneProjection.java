package io.switchboard.activity.service;

import io.switchboard.activity.mapping.PhoneReport;
import io.switchboard.activity.service.MeetingProjection.Mapped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Derives one timeline entry per party of a Zoom Phone call, however many ways Zoom reported it: from the best
 * source there is for that party (v3 call elements, then v2 call history, then the real-time events); the legs of one
 * source (a transfer) make one call from the first start to the last end. Placed for an outbound call; received when
 * an inbound call was answered, missed when it was not.
 */
public final class PhoneProjection {

    private static final List<String> SOURCES_BEST_FIRST = List.of("element", "history", "realtime");

    private PhoneProjection() {}

    /** The start of the source keys of a call's entries in a connection. */
    public static String keyPrefix(UUID connectionId, String callId) {
        return "phone:" + connectionId + ":" + callId + ":";
    }

    public static List<TimelineEntry> entries(
            UUID connectionId, String orgId, List<PhoneReport> reports, Function<String, Mapped> mapping) {
        Map<String, List<PhoneReport>> byParty = new LinkedHashMap<>();
        reports.stream()
                .sorted(Comparator.comparing(PhoneReport::party).thenComparing(PhoneReport::reportId))
                .forEach(report -> byParty.computeIfAbsent(report.party(), party -> new ArrayList<>())
                        .add(report));
        List<TimelineEntry> entries = new ArrayList<>();
        byParty.forEach((party, own) -> {
            Mapped mapped = mapping.apply(party);
            if (mapped != null && mapped.enabled()) {
                entries.add(entry(connectionId, orgId, party, mapped.profileId(), best(own)));
            }
        });
        return entries;
    }

    private static List<PhoneReport> best(List<PhoneReport> reports) {
        for (String source : SOURCES_BEST_FIRST) {
            List<PhoneReport> found = reports.stream()
                    .filter(report -> report.source().equals(source))
                    .toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        throw new IllegalArgumentException("A call without reports");
    }

    private static TimelineEntry entry(
            UUID connectionId, String orgId, String party, String profileId, List<PhoneReport> legs) {
        PhoneReport first =
                legs.stream().min(Comparator.comparing(PhoneReport::startedAt)).orElseThrow();
        boolean answered = legs.stream().anyMatch(PhoneReport::answered);
        Instant ended = legs.stream()
                .map(PhoneReport::endedAt)
                .filter(end -> end != null)
                .max(Comparator.naturalOrder())
                .orElse(null);
        ActivityRole role =
                first.outbound() ? ActivityRole.PLACED : answered ? ActivityRole.RECEIVED : ActivityRole.MISSED;
        return new TimelineEntry(
                orgId,
                profileId,
                connectionId,
                party,
                "phone",
                role,
                keyPrefix(connectionId, first.callId()) + party,
                "phone:" + connectionId + ":" + first.callId(),
                null,
                first.startedAt(),
                ended,
                answered ? talkSeconds(legs) : 0,
                null,
                null,
                first.otherParty(),
                answered ? "answered" : first.outbound() ? "no_answer" : "missed");
    }

    /** Zoom's talk time where it gives one, else from answer to end, over the legs. */
    private static Integer talkSeconds(List<PhoneReport> legs) {
        int seconds = 0;
        for (PhoneReport leg : legs) {
            if (leg.durationSeconds() != null) {
                seconds += leg.durationSeconds();
            } else if (leg.answeredAt() != null && leg.endedAt() != null) {
                seconds +=
                        (int) Duration.between(leg.answeredAt(), leg.endedAt()).toSeconds();
            }
        }
        return seconds;
    }
}
