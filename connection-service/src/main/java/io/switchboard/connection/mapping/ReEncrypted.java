package io.switchboard.connection.mapping;

/** How many stored secrets a re-encryption moved to the active key. */
public record ReEncrypted(int reEncrypted) {}
