package io.switchboard.zoom.api.model;

/** A host of {@code GET /report/users} with their meetings, participants and meeting minutes in the range. */
public record ReportUser(
        String id,
        String email,
        String userName,
        Integer type,
        String dept,
        int meetings,
        int participants,
        int meetingMinutes) {}
