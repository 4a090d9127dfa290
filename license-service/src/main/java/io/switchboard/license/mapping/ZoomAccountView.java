package io.switchboard.license.mapping;

import io.switchboard.license.repository.ZoomAccountRow;
import io.switchboard.rest.paging.Cursor;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Zoom user with its licence fields, as the REST API shows it.
 *
 * @param licenseType Zoom's code: 1 Basic, 2 Licensed, 3 On-prem, 4 Unassigned without Meetings Basic, 99 None
 * @param roleName the name of {@code roleId} in the account's roles, null until the roles are synced
 * @param profileId the organisation's profile the user is mapped to, or null
 * @param lastHostedAt when the user last hosted a meeting or webinar on a mapped person's timeline, or null
 */
public record ZoomAccountView(
        @Schema(examples = "KDcuGIm1QgePTO8WbOqwIQ") String zoomUserId,
        @Schema(examples = "grace@acme.example") String email,
        @Schema(examples = "Grace") String firstName,
        @Schema(examples = "Hopper") String lastName,

        @Schema(
                enumeration = {"active", "inactive", "pending"},
                examples = "active")
        String status,

        @Schema(examples = "2") String roleId,
        @Schema(examples = "Member") String roleName,
        @Schema(examples = "2") int licenseType,
        @Schema(examples = "Licensed") String licenseName,
        @Schema(examples = "6.3.5.38040") String lastClientVersion,
        @Schema(examples = "2026-03-01T08:12:00Z") Instant lastLoginAt,
        @Schema(examples = "2024-05-14T10:00:00Z") Instant createdAt,
        @Schema(examples = "true") boolean emailVerified,
        @Schema(examples = "[\"HXo8ZGvZQs6bCqZlFx9q1g\"]") List<String> groups,
        @Schema(examples = "2024-05-14T10:00:00Z") Instant licensedSince,
        @Schema(examples = "p-1042") String profileId,
        @Schema(examples = "2026-02-27T15:00:00Z") Instant lastHostedAt) {

    public static ZoomAccountView of(ZoomAccountRow row) {
        return new ZoomAccountView(
                row.zoomUserId(),
                row.email(),
                row.firstName(),
                row.lastName(),
                row.status(),
                row.roleId(),
                row.roleName(),
                row.licenseType(),
                LicenseNames.of(row.licenseType()),
                row.lastClientVersion(),
                row.lastLoginAt(),
                row.createdAt(),
                row.emailVerified(),
                row.groupIds(),
                row.licensedSince(),
                row.profileId(),
                row.lastHostedAt());
    }

    /** The cursor that continues after this user. */
    public String cursor() {
        return Cursor.encode(email == null ? "" : email, zoomUserId);
    }
}
