package io.switchboard.deploy.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * JSON over HTTP with a bearer token (or none), as a dashboard calls the stack: every call has a timeout, every
 * answer that is not the expected one is a {@link DemoFailure} naming the call and the answer. Redirects are not
 * followed, so that the OAuth flow can be walked hop by hop.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private final String token;

    /** A client that sends {@code token} as its bearer token; null sends none. */
    public Api(String token) {
        this.token = token;
    }

    /** An answer: its status, its {@code Location} header (or null) and its body. */
    public record Answer(int status, String location, String body) {}

    public <T> T get(String url, Class<T> type) {
        return read(expect(send("GET", url, null), 200, "GET", url), type);
    }

    /** The resource, or null while it is not there (404). */
    public <T> T find(String url, Class<T> type) {
        Answer answer = send("GET", url, null);
        return answer.status() == 404 ? null : read(expect(answer, 200, "GET", url), type);
    }

    /** {@code method} with {@code body} as JSON; any 2xx is accepted; the answer read as {@code type}, or null. */
    public <T> T call(String method, String url, Object body, Class<T> type) {
        Answer answer = send(method, url, body);
        if (answer.status() < 200 || answer.status() > 299) {
            throw failure(method, url, answer);
        }
        return type == Void.class || answer.body().isBlank() ? null : read(answer, type);
    }

    /** Sends one request and returns whatever it answers. */
    public Answer send(String method, String url, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER_TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json(body)));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new DemoFailure(method + " " + url + " failed (" + e + "): is the stack running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("Interrupted during " + method + " " + url, e);
        }
    }

    /** The answer when it has {@code status}, else a failure that says what came instead. */
    public static Answer expect(Answer answer, int status, String method, String url) {
        if (answer.status() != status) {
            throw failure(method, url, answer);
        }
        return answer;
    }

    /** {@code value} as JSON. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON-writable: " + value, e);
        }
    }

    private static <T> T read(Answer answer, Class<T> type) {
        try {
            return JSON.readValue(answer.body(), type);
        } catch (JsonProcessingException e) {
            throw new DemoFailure("Unexpected answer, not a " + type.getSimpleName() + ": " + answer.body(), e);
        }
    }

    private static DemoFailure failure(String method, String url, Answer answer) {
        String hint = answer.status() == 401
                ? " (the stack refused the token: was it started with another SWITCHBOARD_HOME?)"
                : "";
        return new DemoFailure(
                method + " " + url + " answered " + answer.status() + hint + ": " + abbreviated(answer.body()));
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 500 ? String.valueOf(body) : body.substring(0, 500) + "...";
    }
}
