package io.switchboard.license.mapping;

import io.switchboard.license.repository.ZoomAccountEntity;
import io.switchboard.rest.paging.Cursor;
import java.time.Instant;
import java.util.List;

/** A Zoom user with its licence fields, as the REST API shows it. */
public record ZoomAccountView(
        String zoomUserId,
        String email,
        String firstName,
        String lastName,
        String status,
        String roleId,
        int licenseType,
        String lastClientVersion,
        Instant lastLoginAt,
        Instant createdAt,
        boolean emailVerified,
        List<String> groups) {

    public static ZoomAccountView of(ZoomAccountEntity entity) {
        return new ZoomAccountView(
                entity.key.zoomUserId(),
                entity.email,
                entity.firstName,
                entity.lastName,
                entity.status,
                entity.roleId,
                entity.licenseType,
                entity.lastClientVersion,
                entity.lastLoginAt,
                entity.createdAt,
                entity.emailVerified,
                entity.groupIds);
    }

    /** The cursor that continues after this user. */
    public String cursor() {
        return Cursor.encode(email, zoomUserId);
    }
}
