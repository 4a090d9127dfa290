package io.switchboard.zoom.api.model;

/** {@code GET /users/summary}: the account's users by licence type, and pending invitations. */
public record UserSummary(
        int licensedUsersCount,
        int basicUsersCount,
        int onPremUsersCount,
        int roomUsersCount,
        int pendingUsersCount,
        int joinOnlyUsersCount,
        int totalUsersCount) {}
