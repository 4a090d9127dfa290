package io.switchboard.rest.paging;

import io.switchboard.rest.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort key values of the last item of a page, URL-safe base64 encoded. A cursor that
 * does not decode is the caller's error (400), never ours.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Cursor() {}

    /** A cursor holding {@code values}, in order. */
    public static String encode(String... values) {
        return ENCODER.encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code arity} values held by {@code cursor}; 400 problem when it is not one of ours. */
    public static List<String> decode(String cursor, int arity) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(text.split(SEPARATOR, -1));
            if (values.size() != arity) {
                throw invalid();
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The page size asked for, checked against {@code max}; {@code fallback} when absent. */
    public static int limit(String requested, int fallback, int max) {
        if (requested == null || requested.isBlank()) {
            return fallback;
        }
        int limit;
        try {
            limit = Integer.parseInt(requested.trim());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > max) {
            throw ProblemException.badRequest("limit must be a whole number between 1 and " + max + ".");
        }
        return limit;
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest("cursor is not a cursor returned by this endpoint.");
    }
}
