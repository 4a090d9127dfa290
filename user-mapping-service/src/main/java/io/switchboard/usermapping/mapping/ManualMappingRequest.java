package io.switchboard.usermapping.mapping;

import io.switchboard.domain.DomainException;
import java.util.UUID;

/** The body of {@code PUT/DELETE /orgs/{org}/profiles/{profileId}/zoom-mapping}. */
public record ManualMappingRequest(String connectionId, String zoomUserId) {

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
