package io.switchboard.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body, sent as {@code application/problem+json}.
 *
 * @param type a URI that names the kind of problem
 * @param title a short, stable summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, safe to show to the caller
 * @param instance the request path
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Prefix of every problem type URI of Switchboard. */
    public static final String TYPE_PREFIX = "urn:switchboard:problem:";
}
