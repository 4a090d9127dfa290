package io.switchboard.ingest.service;

/** The outcome of checking a webhook's signature; every refusal has its own metric reason. */
public enum Verdict {
    VERIFIED("verified"),
    UNKNOWN_APP("unknown_app"),
    MISSING_SIGNATURE("missing_signature"),
    MISSING_TIMESTAMP("missing_timestamp"),
    MALFORMED_SIGNATURE("malformed_signature"),
    MALFORMED_TIMESTAMP("malformed_timestamp"),
    STALE_TIMESTAMP("stale_timestamp"),
    SIGNATURE_MISMATCH("signature_mismatch");

    private final String reason;

    Verdict(String reason) {
        this.reason = reason;
    }

    /** The metric tag and problem detail key. */
    public String reason() {
        return reason;
    }
}
