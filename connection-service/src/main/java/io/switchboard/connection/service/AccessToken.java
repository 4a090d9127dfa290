package io.switchboard.connection.service;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Zoom access token handed to another Switchboard service: never logged, never stored outside the secret row. */
public record AccessToken(
        @Schema(examples = "eyJzdiI6IjAwMDAwMSIsImFsZyI6IkhTNTEyIn0.eyJhdWQiOiJodHRwczovL29hdXRoLnpvb20udXMifQ.sig")
        String accessToken,

        @Schema(examples = "2026-03-02T10:14:58Z") Instant expiresAt,
        @Schema(examples = "SIMACCOUNT00000001") String zoomAccountId) {}
