package io.switchboard.zoom.api.error;

/** Zoom refused the request as asked (400, 403, 409 and other 4xx): retrying the same request does not help. */
public final class ZoomBadRequestException extends ZoomApiException {

    private static final long serialVersionUID = 1L;

    public ZoomBadRequestException(String message, int status, int code) {
        super(message, status, code, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
