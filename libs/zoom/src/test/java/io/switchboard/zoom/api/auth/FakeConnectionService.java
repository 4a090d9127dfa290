package io.switchboard.zoom.api.auth;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Plays connection-service's {@code POST /internal/connections/{id}/access-token} for the tests: answers what the
 * test says for each connection, and counts the requests.
 */
public final class FakeConnectionService implements AutoCloseable {

    /** One answer: status, JSON body, and how long to hold it back. */
    public record Answer(int status, String body, long delayMs) {

        public static Answer token(String accessToken, Instant expiresAt, String account) {
            return new Answer(
                    200,
                    "{\"accessToken\":\"" + accessToken + "\",\"expiresAt\":\"" + expiresAt + "\",\"zoomAccountId\":\""
                            + account + "\"}",
                    0);
        }

        public static Answer problem(int status, String type, String detail) {
            return new Answer(
                    status,
                    "{\"type\":\"urn:switchboard:problem:" + type + "\",\"title\":\"t\",\"status\":" + status
                            + ",\"detail\":\"" + detail + "\"}",
                    0);
        }

        public Answer delayed(long millis) {
            return new Answer(status, body, millis);
        }
    }

    private static final String PREFIX = "/internal/connections/";

    private final Vertx vertx;
    private final HttpServer server;
    private final Map<UUID, BiFunction<UUID, Integer, Answer>> answers = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> requests = new ConcurrentHashMap<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    public FakeConnectionService(Vertx vertx) throws Exception {
        this.vertx = vertx;
        this.server = vertx.createHttpServer()
                .requestHandler(this::answer)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    public String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** Answers {@code connectionId}'s n-th request (1 for the first) with {@code answer.apply(id, n)}. */
    public void answer(UUID connectionId, BiFunction<UUID, Integer, Answer> answer) {
        answers.put(connectionId, answer);
    }

    public int requests(UUID connectionId) {
        AtomicInteger count = requests.get(connectionId);
        return count == null ? 0 : count.get();
    }

    private void answer(HttpServerRequest request) {
        String path = request.path();
        if (!"POST".equals(request.method().name()) || !path.startsWith(PREFIX) || !path.endsWith("/access-token")) {
            request.response().setStatusCode(404).end();
            return;
        }
        UUID id = UUID.fromString(path.substring(PREFIX.length(), path.length() - "/access-token".length()));
        authorizations.add(String.valueOf(request.getHeader("Authorization")));
        int n = requests.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
        BiFunction<UUID, Integer, Answer> script = answers.get(id);
        Answer answer = script == null ? Answer.problem(404, "not-found", "no such connection") : script.apply(id, n);
        Runnable send = () -> request.response()
                .setStatusCode(answer.status())
                .putHeader("Content-Type", answer.status() == 200 ? "application/json" : "application/problem+json")
                .end(answer.body());
        if (answer.delayMs() > 0) {
            vertx.setTimer(answer.delayMs(), timer -> send.run());
        } else {
            send.run();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
