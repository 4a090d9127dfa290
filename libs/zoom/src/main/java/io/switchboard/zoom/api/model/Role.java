package io.switchboard.zoom.api.model;

/** A role of the account ({@code GET /roles}). */
public record Role(String id, String name, String description, String type, int totalMembers) {}
