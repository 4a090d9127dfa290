package io.switchboard.simulator.service;

/** A Zoom REST API error: HTTP status and Zoom's {@code {code, message}} body. */
public class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final int code;

    public ApiError(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }
}
