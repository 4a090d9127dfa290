package io.switchboard.zoom.api.rate;

/** Zoom's rate-limit tables: the one of the main REST API, and Zoom Phone's own, lower one. */
public enum RateTable {
    CORE,
    PHONE
}
