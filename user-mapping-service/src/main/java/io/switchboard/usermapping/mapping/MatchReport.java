package io.switchboard.usermapping.mapping;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How well a connection's Zoom users map to the organisation's people.
 *
 * @param connectionId the connection
 * @param total Zoom users
 * @param matched users mapped to a profile with Zoom on
 * @param matchRate matched divided by total (0 when there are none)
 * @param byReason unmatched users by reason
 * @param users the first users behind each reason (up to {@code usersPerReason})
 * @param usersPerReason how many users each reason lists at most; the Users tab filters by reason for all
 */
public record MatchReport(
        UUID connectionId,
        long total,
        long matched,
        double matchRate,
        Map<String, Long> byReason,
        Map<String, List<ZoomUserView>> users,
        int usersPerReason) {}
