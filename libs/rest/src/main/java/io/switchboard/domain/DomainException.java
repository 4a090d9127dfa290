package io.switchboard.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a service throws when a request cannot be served: a {@link Kind} that says what kind of refusal it is, a
 * stable {@code code}, a short title and a detail safe to show to the caller. Services never name HTTP statuses;
 * libs/rest's {@code ProblemMappers} turns every domain exception into one {@code application/problem+json}
 * answer, in one place.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kinds of refusal, each answered the same way by every service. */
    public enum Kind {
        /** The request is malformed or names something invalid. */
        INVALID,
        /** The caller may not do this, although they may see the thing. */
        FORBIDDEN,
        /** The thing asked for does not exist (or is not the caller's to see). */
        NOT_FOUND,
        /** The thing exists but is not in a state that allows the request. */
        CONFLICT,
        /** The request is well formed but cannot be carried out as asked. */
        UNPROCESSABLE,
        /** An upstream (Zoom) refused the request for good. */
        UPSTREAM_REFUSED,
        /** A dependency cannot serve now; retrying later may work. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String code;
    private final String title;
    private final transient Duration retryAfter;

    public DomainException(Kind kind, String code, String title, String detail) {
        this(kind, code, title, detail, null);
    }

    public DomainException(Kind kind, String code, String title, String detail, Duration retryAfter) {
        super(detail);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.retryAfter = retryAfter;
    }

    /** A bad request: {@code code} {@code invalid}. */
    public static DomainException invalid(String detail) {
        return new DomainException(Kind.INVALID, "bad-request", "Bad request", detail);
    }

    /** Something the caller may see but not do. */
    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    /** Something that does not exist. */
    public static DomainException notFound(String detail) {
        return new DomainException(Kind.NOT_FOUND, "not-found", "Not found", detail);
    }

    public Kind kind() {
        return kind;
    }

    /** A stable, kebab-case name of the refusal; the last segment of the problem type. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** How long the caller should wait before retrying, when the service knows. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
