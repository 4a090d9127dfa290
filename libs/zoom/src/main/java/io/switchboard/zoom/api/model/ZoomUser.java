package io.switchboard.zoom.api.model;

import java.time.Instant;
import java.util.List;

/**
 * A Zoom user as {@code GET /users} lists it; {@code GET /users/{id}} adds {@code account_id} and {@code role_name}.
 * Pending users have no id. {@code type} is the licence type (see {@link LicenseType}).
 */
public record ZoomUser(
        String id,
        String email,
        String firstName,
        String lastName,
        String displayName,
        int type,
        String roleId,
        String roleName,
        Long pmi,
        String timezone,
        String dept,
        Instant createdAt,
        Instant userCreatedAt,
        Instant lastLoginTime,
        String lastClientVersion,
        Integer verified,
        List<String> groupIds,
        String status,
        String employeeUniqueId,
        String accountId) {}
