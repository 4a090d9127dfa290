package io.switchboard.connection.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many stored secrets a re-encryption moved to the active key. */
public record ReEncrypted(@Schema(examples = "42") int reEncrypted) {}
