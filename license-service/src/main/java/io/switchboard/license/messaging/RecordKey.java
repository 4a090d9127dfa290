package io.switchboard.license.messaging;

import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.PoisonRecordException;
import java.util.UUID;

/** The key {@code connectionId:zoomUserId} of the directory topics; poison when it is not one. */
record RecordKey(UUID connectionId, String zoomUserId) {

    static RecordKey of(InboundEvent event) {
        String key = event.key();
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0 || colon == key.length() - 1) {
            throw new PoisonRecordException(event.type() + " with a key that is not connectionId:zoomUserId");
        }
        return new RecordKey(uuid(event, key.substring(0, colon)), key.substring(colon + 1));
    }

    static UUID uuid(InboundEvent event, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(event.type() + " with a connection id that is not a UUID", e);
        }
    }
}
