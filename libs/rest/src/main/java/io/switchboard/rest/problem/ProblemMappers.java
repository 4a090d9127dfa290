package io.switchboard.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.switchboard.domain.DomainException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error of a Switchboard REST endpoint into an RFC 9457 {@code application/problem+json} answer: bad
 * input and missing rights are 4xx with a clear detail; a dependency that is away ({@link UnavailableDependency}) is
 * 503 with {@code Retry-After}; our own faults are 500 without internals.
 */
public class ProblemMappers {

    /** What a caller is told to wait before trying again while a dependency is away. */
    static final int UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

    private final ObjectMapper json;
    private final Instance<UnavailableDependency> dependencies;

    public ProblemMappers(ObjectMapper json, @Any Instance<UnavailableDependency> dependencies) {
        this.json = json;
        this.dependencies = dependencies;
    }

    @ServerExceptionMapper
    public RestResponse<String> problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri);
    }

    /** Every service's domain exceptions, by kind: the one place where a refusal becomes an HTTP status. */
    @ServerExceptionMapper
    public RestResponse<String> domain(DomainException e, UriInfo uri) {
        RestResponse<String> response = respond(status(e.kind()), e.code(), e.title(), e.getMessage(), uri);
        e.retryAfter()
                .ifPresent(wait -> response.getHeaders()
                        .putSingle(
                                HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
        return response;
    }

    static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case UPSTREAM_REFUSED -> 502;
            case UNAVAILABLE -> 503;
        };
    }

    @ServerExceptionMapper
    public RestResponse<String> authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized("The bearer token is missing, malformed, expired or not signed by a trusted key.", uri);
    }

    @ServerExceptionMapper
    public RestResponse<String> unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized("This endpoint needs an 'Authorization: Bearer <JWT>' header.", uri);
    }

    @ServerExceptionMapper
    public RestResponse<String> forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "The caller's roles do not allow this action."
                : e.getMessage();
        return respond(403, "forbidden", "Forbidden", detail, uri);
    }

    @ServerExceptionMapper
    public RestResponse<String> notFound(NotFoundException e, UriInfo uri) {
        return respond(404, "not-found", "Not found", "There is no resource at this path.", uri);
    }

    @ServerExceptionMapper
    public RestResponse<String> mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return respond(400, "invalid-body", "Invalid request body", describe(e), uri);
    }

    @ServerExceptionMapper
    public RestResponse<String> webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException cause) {
            return respond(400, "invalid-body", "Invalid request body", describe(cause), uri);
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = switch (status) {
            case 405 -> "This path does not support the request's HTTP method.";
            case 406 -> "This endpoint cannot produce the media type named in the Accept header.";
            case 415 -> "This endpoint does not accept the request's Content-Type.";
            default -> title + ".";
        };
        return respond(status, slug(title), title, detail, uri);
    }

    @ServerExceptionMapper
    public RestResponse<String> unexpected(Exception e, UriInfo uri) {
        return internal(e, uri);
    }

    private RestResponse<String> internal(Exception e, UriInfo uri) {
        for (UnavailableDependency dependency : dependencies) {
            Optional<String> away = dependency.unreachable(e);
            if (away.isPresent()) {
                return unavailable(away.get(), e, uri);
            }
        }
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(
                500,
                "internal-error",
                "Internal error",
                "The request failed on our side; quote error id " + errorId + " when reporting it.",
                uri);
    }

    private RestResponse<String> unavailable(String dependency, Exception e, UriInfo uri) {
        Log.warnf("Answered 503 on %s, the %s is unreachable: %s", uri.getPath(), dependency, e.toString());
        RestResponse<String> response = respond(
                503,
                "dependency-unavailable",
                "Service unavailable",
                "The " + dependency + " is unreachable right now; try again shortly.",
                uri);
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, Integer.toString(UNAVAILABLE_RETRY_AFTER_SECONDS));
        return response;
    }

    private RestResponse<String> unauthorized(String detail, UriInfo uri) {
        RestResponse<String> response = respond(401, "unauthorized", "Unauthorized", detail, uri);
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return response;
    }

    private RestResponse<String> respond(int status, String slug, String title, String detail, UriInfo uri) {
        Problem problem = new Problem(
                Problem.TYPE_PREFIX + slug,
                title,
                status,
                detail,
                "/" + uri.getPath().replaceFirst("^/", ""));
        try {
            return RestResponse.ResponseBuilder.<String>create(status)
                    .type(Problem.MEDIA_TYPE)
                    .entity(json.writeValueAsString(problem))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body could not be serialised", e);
        }
    }

    private static String describe(JsonProcessingException e) {
        String location = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return "The body is not valid JSON for this endpoint" + location + ": " + e.getOriginalMessage();
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
