package io.switchboard.connection.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The confirmation the dashboard received in Zoom's redirect ({@code ?confirmation=}). */
public record Confirmation(
        @Schema(examples = "kY2bq8Xr1vTn") String confirmation) {}
