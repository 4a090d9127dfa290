package io.switchboard.connection.mapping;

/** The confirmation the dashboard received in Zoom's redirect ({@code ?confirmation=}). */
public record Confirmation(String confirmation) {}
