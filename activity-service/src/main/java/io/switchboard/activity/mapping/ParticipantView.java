package io.switchboard.activity.mapping;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One participant of a logical meeting in the detail view.
 *
 * @param internal whether they are a Zoom user of the connection or mapped; guests are never resolved to anyone
 * @param profileId the profile of an internal participant who is mapped and switched on, else null
 * @param stays how many times they joined
 */
public record ParticipantView(
        @Schema(examples = "Grace Hopper") String name,
        @Schema(examples = "true") boolean internal,
        @Schema(examples = "p-1042") String profileId,
        @Schema(examples = "2026-03-02T09:01:12Z") Instant firstJoin,
        @Schema(examples = "2026-03-02T09:29:40Z") Instant lastLeave,
        @Schema(examples = "28") int minutesPresent,
        @Schema(examples = "1") int stays) {}
