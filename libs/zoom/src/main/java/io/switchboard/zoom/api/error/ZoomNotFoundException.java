package io.switchboard.zoom.api.error;

/** The user, meeting or account does not exist (404, or Zoom codes such as 1001 "User does not exist"). */
public final class ZoomNotFoundException extends ZoomApiException {

    private static final long serialVersionUID = 1L;

    public ZoomNotFoundException(String message, int status, int code) {
        super(message, status, code, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
