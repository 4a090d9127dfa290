package io.switchboard.zoom.api.model;

/** Zoom's answer to {@code POST /users}. */
public record CreatedUser(String id, String email, String firstName, String lastName, int type) {}
