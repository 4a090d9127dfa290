package io.switchboard.zoom.api.error;

/** Zoom refused the access token (401, Zoom code 124 or 4700); the client has already retried once with a fresh one. */
public final class ZoomInvalidTokenException extends ZoomApiException {

    private static final long serialVersionUID = 1L;

    public ZoomInvalidTokenException(String message, int status, int code) {
        super(message, status, code, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
