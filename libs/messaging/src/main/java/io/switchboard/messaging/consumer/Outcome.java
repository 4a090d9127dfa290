package io.switchboard.messaging.consumer;

/** What became of one consumed record. */
public enum Outcome {
    /** The effect ran and committed with the claim of its id. */
    APPLIED,
    /** Its id was claimed before: a redelivery, skipped. */
    DUPLICATE,
    /** A type of the topic that this consumer does not act on. */
    IGNORED,
    /** Poison: written to the topic's dead-letter topic. */
    DEAD_LETTERED;

    /** The metric tag value. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
