package io.switchboard.license.mapping;

/**
 * One user of a reclaim plan, as this service knows them.
 *
 * @param status the user's status as last seen, null when the user is not known in this connection
 * @param licenseType the user's licence type as last seen, null when not known
 * @param willAct whether the run acts on the user (Zoom's state is read again first)
 * @param reason why the run leaves the user alone, or null
 * @param freesSeat whether acting frees a Licensed seat
 */
public record ReclaimTarget(
        String zoomUserId,
        String email,
        String status,
        Integer licenseType,
        String roleId,
        boolean willAct,
        String reason,
        boolean freesSeat) {}
