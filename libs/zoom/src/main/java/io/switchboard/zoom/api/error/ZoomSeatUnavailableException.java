package io.switchboard.zoom.api.error;

/** The account's plan has no licence left for the user (Zoom codes 2033 and 2034): free a seat or buy one. */
public final class ZoomSeatUnavailableException extends ZoomApiException {

    private static final long serialVersionUID = 1L;

    public ZoomSeatUnavailableException(String message, int status, int code) {
        super(message, status, code, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
