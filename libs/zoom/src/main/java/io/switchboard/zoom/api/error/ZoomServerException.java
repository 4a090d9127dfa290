package io.switchboard.zoom.api.error;

/** Zoom failed (5xx), or answered something the client cannot read: a later try may succeed. */
public final class ZoomServerException extends ZoomApiException {

    private static final long serialVersionUID = 1L;

    public ZoomServerException(String message, int status, int code) {
        super(message, status, code, null);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
