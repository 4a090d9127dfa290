package io.switchboard.license.mapping;

import io.switchboard.license.repository.ZoomAccountRow;
import io.switchboard.rest.paging.Cursor;
import java.time.Instant;
import java.util.List;

/**
 * A Zoom user with its licence fields, as the REST API shows it.
 *
 * @param licenseType Zoom's code: 1 Basic, 2 Licensed, 3 On-prem, 4 Unassigned without Meetings Basic, 99 None
 * @param roleName the name of {@code roleId} in the account's roles, null until the roles are synced
 * @param profileId the organisation's profile the user is mapped to, or null
 * @param lastHostedAt when the user last hosted a meeting or webinar on a mapped person's timeline, or null
 */
public record ZoomAccountView(
        String zoomUserId,
        String email,
        String firstName,
        String lastName,
        String status,
        String roleId,
        String roleName,
        int licenseType,
        String licenseName,
        String lastClientVersion,
        Instant lastLoginAt,
        Instant createdAt,
        boolean emailVerified,
        List<String> groups,
        Instant licensedSince,
        String profileId,
        Instant lastHostedAt) {

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
