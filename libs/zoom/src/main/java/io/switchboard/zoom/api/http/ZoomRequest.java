package io.switchboard.zoom.api.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call to make: the endpoint, its path (segments already encoded), query parameters and JSON body (null for none).
 */
public record ZoomRequest(Endpoint endpoint, String path, Map<String, String> query, Object body) {

    public ZoomRequest {
        query = Map.copyOf(query);
    }

    /** A request of {@code endpoint} with its path parameters, encoded, in order. */
    public static ZoomRequest of(Endpoint endpoint, String... encodedSegments) {
        return new ZoomRequest(endpoint, endpoint.path(encodedSegments), Map.of(), null);
    }

    /** This request with one more query parameter; a null or empty {@code value} is left out. */
    public ZoomRequest query(String name, Object value) {
        if (value == null || value.toString().isEmpty()) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, value.toString());
        return new ZoomRequest(endpoint, path, more, body);
    }

    /** This request with {@code json} as its body. */
    public ZoomRequest body(Object json) {
        return new ZoomRequest(endpoint, path, query, json);
    }
}
