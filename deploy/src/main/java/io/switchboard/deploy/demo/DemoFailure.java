package io.switchboard.deploy.demo;

/** A step of the demo did not get what it needed: the message says what, and what it was waiting for. */
public final class DemoFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DemoFailure(String message) {
        super(message);
    }

    public DemoFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
