package io.switchboard.zoom.api.error;

/** Zoom did not answer: no connection, or no whole answer within the request timeout. A later try may succeed. */
public final class ZoomUnavailableException extends ZoomApiException {

    private static final long serialVersionUID = 1L;

    public ZoomUnavailableException(String message, Throwable cause) {
        super(message, 0, 0, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
