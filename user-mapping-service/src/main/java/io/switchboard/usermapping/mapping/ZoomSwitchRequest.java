package io.switchboard.usermapping.mapping;

/** The body of {@code PUT /orgs/{org}/profiles/{profileId}/services/zoom}. */
public record ZoomSwitchRequest(Boolean enabled) {}
