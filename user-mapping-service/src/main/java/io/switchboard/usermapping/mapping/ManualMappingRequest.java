package io.switchboard.usermapping.mapping;

import io.switchboard.domain.DomainException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT/DELETE /orgs/{org}/profiles/{profileId}/zoom-mapping}. */
public record ManualMappingRequest(
        @Schema(required = true, format = "uuid", examples = "3f2c1e9a-8d4b-4c1e-9f7a-2b6d5e8c1a00")
        String connectionId,

        @Schema(required = true, examples = "KDcuGIm1QgePTO8WbOqwIQ")
        String zoomUserId) {

    /** The connection id; 400 when either field is missing or the id is not a UUID. */
    public UUID checkedConnection() {
        if (connectionId == null || zoomUserId == null || zoomUserId.isBlank()) {
            throw DomainException.invalid("A JSON body {connectionId, zoomUserId} is required.");
        }
        try {
            return UUID.fromString(connectionId);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("connectionId must be a UUID.");
        }
    }
}
