package io.switchboard.messaging.consumer;

/**
 * A record that can never be processed, however often it is tried: unparseable, failing validation, or of a type
 * its topic does not carry. The consumer kit dead-letters it (and only it) at once; anything else is retried.
 */
public class PoisonRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PoisonRecordException(String message) {
        super(message);
    }

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
