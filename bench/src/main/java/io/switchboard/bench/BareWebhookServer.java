package io.switchboard.bench;

import io.switchboard.zoom.WebhookSignature;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import javax.crypto.spec.SecretKeySpec;

/**
 * The baseline for ingest: a bare Vert.x server that reads the body, checks Zoom's HMAC signature and answers 204 (401
 * when it does not match), with no framework, no parsing and no Kafka. The gap between it and ingest is what
 * durability and the framework cost. Run as its own JVM, as ingest is.
 */
public final class BareWebhookServer {

    private BareWebhookServer() {}

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        SecretKeySpec key = WebhookSignature.key(args[1]);
        Vertx vertx = Vertx.vertx();
        int loops = 2 * Runtime.getRuntime().availableProcessors();
        CountDownLatch listening = new CountDownLatch(loops);
        for (int i = 0; i < loops; i++) {
            vertx.createHttpServer(new HttpServerOptions().setPort(port).setHost("127.0.0.1"))
                    .requestHandler(request -> request.body().onSuccess(body -> {
                        String timestamp = request.getHeader(WebhookSignature.TIMESTAMP_HEADER);
                        String signature = request.getHeader(WebhookSignature.SIGNATURE_HEADER);
                        boolean valid = timestamp != null
                                && signature != null
                                && signature.startsWith(WebhookSignature.PREFIX)
                                && MessageDigest.isEqual(
                                        WebhookSignature.digest(key, timestamp, body.getBytes()),
                                        hex(signature.substring(WebhookSignature.PREFIX.length())));
                        request.response().setStatusCode(valid ? 204 : 401).end();
                    }))
                    .listen()
                    .onSuccess(server -> listening.countDown());
        }
        listening.await();
        System.out.println("listening on " + port);
        System.out.flush();
    }

    private static byte[] hex(String value) {
        try {
            return HexFormat.of().parseHex(value);
        } catch (IllegalArgumentException e) {
            return "-".getBytes(StandardCharsets.US_ASCII);
        }
    }
}
