package io.switchboard.activity.mapping;

import java.time.Instant;

/**
 * One participant of a logical meeting in the detail view.
 *
 * @param internal whether they are a Zoom user of the connection or mapped; guests are never resolved to anyone
 * @param profileId the profile of an internal participant who is mapped and switched on, else null
 * @param stays how many times they joined
 */
public record ParticipantView(
        String name,
        boolean internal,
        String profileId,
        Instant firstJoin,
        Instant lastLeave,
        int minutesPresent,
        int stays) {}
