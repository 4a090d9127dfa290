package io.switchboard.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.OAuthError;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.util.Map;

/** What every route shares: JSON in and out, and Zoom's error bodies for the simulator's exceptions. */
final class Http {

    /** Zoom ignores fields it does not know; so does the simulator. */
    static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Reads the request body; bodies are small at Zoom, anything over 1 MiB is refused with 413. */
    static Handler<RoutingContext> body() {
        return BodyHandler.create(false).setBodyLimit(1024 * 1024);
    }

    private Http() {}

    /** Runs {@code route}, answering the simulator's exceptions as Zoom would. */
    static Handler<RoutingContext> handle(Handler<RoutingContext> route) {
        return ctx -> {
            try {
                route.handle(ctx);
            } catch (ApiError error) {
                json(ctx, error.status(), Map.of("code", error.code(), "message", error.getMessage()));
            } catch (OAuthError error) {
                json(ctx, error.status(), Map.of("reason", error.getMessage(), "error", error.error()));
            } catch (IllegalArgumentException error) {
                json(ctx, 400, Map.of("code", 300, "message", String.valueOf(error.getMessage())));
            }
        };
    }

    static void json(RoutingContext ctx, int status, Object body) {
        try {
            ctx.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void noContent(RoutingContext ctx) {
        ctx.response().setStatusCode(204).end();
    }

    /** The JSON body as {@code type}; Zoom's 400 (code 300) when it is missing or malformed. */
    static <T> T body(RoutingContext ctx, Class<T> type) {
        if (ctx.body() == null || ctx.body().length() == 0) {
            throw new ApiError(400, 300, "A request body is required.");
        }
        try {
            T value = JSON.readValue(ctx.body().buffer().getBytes(), type);
            if (value == null) {
                throw new ApiError(400, 300, "A JSON object is required.");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ApiError(400, 300, "Malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiError(400, 300, "Unreadable request body.");
        }
    }

    static String query(RoutingContext ctx, String name) {
        return ctx.request().getParam(name);
    }

    /** An integer query parameter, or {@code fallback} when absent; 400 when it is not a number. */
    static int intQuery(RoutingContext ctx, String name, int fallback) {
        String value = query(ctx, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ApiError(400, 300, "Invalid field: " + name);
        }
    }

    static String authorization(RoutingContext ctx) {
        return ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    }

    /** A form field of an urlencoded body, or a query parameter of the same name. */
    static String form(RoutingContext ctx, String name) {
        String value = ctx.request().getFormAttribute(name);
        return value != null ? value : query(ctx, name);
    }
}
