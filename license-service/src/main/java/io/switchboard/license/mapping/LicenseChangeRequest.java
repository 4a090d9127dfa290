package io.switchboard.license.mapping;

import io.switchboard.domain.DomainException;
import io.switchboard.zoom.api.model.LicenseType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH .../zoom-accounts/{zoomUserId}}: the licence type to give.
 *
 * @param type Zoom's licence code: 1 Basic, 2 Licensed, 4 Unassigned without Meetings Basic, 99 None
 */
public record LicenseChangeRequest(
        @Schema(
                required = true,
                enumeration = {"1", "2", "4", "99"},
                examples = "1")
        Integer type) {

    /** The checked licence type; 400 problem when missing or not one Zoom gives. */
    public LicenseType licence() {
        return licence(type);
    }

    static LicenseType licence(Integer type) {
        if (type == null) {
            throw DomainException.invalid("type is required: a Zoom licence type 1, 2, 4 or 99.");
        }
        return LicenseType.of(type)
                .orElseThrow(() -> DomainException.invalid("type must be a Zoom licence type: 1, 2, 4 or 99."));
    }
}
