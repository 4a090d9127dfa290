package io.switchboard.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.zoom.WebhookSignature;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A webhook endpoint for the traffic tests: records each delivery and whether its signature verifies, answers
 * url_validation challenges correctly, and answers everything else with the status the test chooses.
 */
final class WebhookReceiver implements AutoCloseable {

    static final String SECRET = "receiver-secret";

    private final HttpServer server;
    private final Function<String, Integer> status;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<Boolean> signaturesValid = new CopyOnWriteArrayList<>();
    final List<Long> arrivalNanos = new CopyOnWriteArrayList<>();
    /** The most deliveries the endpoint was answering at once. */
    final AtomicInteger mostAtOnce = new AtomicInteger();

    private final AtomicInteger atOnce = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool();

    WebhookReceiver(Function<String, Integer> status) {
        this.status = status;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hook", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String body = new String(raw, StandardCharsets.UTF_8);
        String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
        String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
        boolean valid =
                signature != null && signature.equals(WebhookSignature.sign(SECRET, Long.parseLong(timestamp), raw));
        if (body.contains("endpoint.url_validation")) {
            String plain = body.replaceAll(".*\"plainToken\":\"([^\"]+)\".*", "$1");
            String answer = "{\"plainToken\":\"" + plain + "\",\"encryptedToken\":\""
                    + WebhookSignature.encryptToken(WebhookSignature.key(SECRET), plain) + "\"}";
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(valid ? 200 : 401, valid ? out.length : -1);
            if (valid) {
                exchange.getResponseBody().write(out);
            }
            exchange.close();
            return;
        }
        bodies.add(body);
        signaturesValid.add(valid);
        arrivalNanos.add(System.nanoTime());
        mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
        int answer;
        try {
            answer = status.apply(body);
        } finally {
            // Before the answer leaves: the sender may send its next delivery as soon as it has the answer.
            atOnce.decrementAndGet();
        }
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }
}
