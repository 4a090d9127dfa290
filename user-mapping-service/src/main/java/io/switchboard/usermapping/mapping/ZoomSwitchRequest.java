package io.switchboard.usermapping.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /orgs/{org}/profiles/{profileId}/services/zoom}. */
public record ZoomSwitchRequest(
        @Schema(required = true, examples = "false") Boolean enabled) {}
