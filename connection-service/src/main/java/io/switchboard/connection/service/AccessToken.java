package io.switchboard.connection.service;

import java.time.Instant;

/** A Zoom access token handed to another Switchboard service: never logged, never stored outside the secret row. */
public record AccessToken(String accessToken, Instant expiresAt, String zoomAccountId) {}
