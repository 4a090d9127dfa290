package io.switchboard.zoom.api.http;

import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.auth.AccessToken;
import io.switchboard.zoom.api.error.ZoomApiException;
import io.switchboard.zoom.api.error.ZoomUnavailableException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import java.time.Duration;

/**
 * Sends one request to Zoom's API with a connection's bearer token, within a connect timeout and a whole-request
 * timeout. Any answer is returned as it came; no answer is a {@link ZoomUnavailableException}.
 */
public final class ZoomTransport implements AutoCloseable {

    private static final String JSON = "application/json";

    private final WebClient client;
    private final String baseUrl;
    private final Duration requestTimeout;

    /** @param baseUrl the API's base URL, for example {@code https://api.zoom.us/v2} */
    public ZoomTransport(Vertx vertx, String baseUrl, Duration connectTimeout, Duration requestTimeout) {
        this.client = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setConnectTimeout((int) connectTimeout.toMillis())
                        .setUserAgent("switchboard-zoom-client"));
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.requestTimeout = requestTimeout;
    }

    /** Sends {@code request} with {@code token}; Zoom's answer, whatever its status. */
    public Uni<HttpResponse<Buffer>> send(AccessToken token, ZoomRequest request) {
        String call = request.endpoint().describe();
        HttpRequest<Buffer> http = client.requestAbs(request.endpoint().method(), baseUrl + request.path())
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), "Bearer " + token.value())
                .putHeader(HttpHeaders.ACCEPT.toString(), JSON)
                .timeout(requestTimeout.toMillis());
        request.query().forEach(http::addQueryParam);
        return sent(http, request)
                .ifNoItem()
                .after(requestTimeout)
                .failWith(() -> new ZoomUnavailableException(call + " got no answer within " + requestTimeout, null))
                .onFailure(failure -> !(failure instanceof ZoomApiException))
                .transform(failure -> new ZoomUnavailableException(
                        call + " could not reach Zoom: " + failure.getClass().getSimpleName(), failure));
    }

    @Override
    public void close() {
        client.close();
    }

    private static Uni<HttpResponse<Buffer>> sent(HttpRequest<Buffer> http, ZoomRequest request) {
        if (request.body() == null) {
            return http.send();
        }
        return http.putHeader(HttpHeaders.CONTENT_TYPE.toString(), JSON)
                .sendBuffer(Buffer.buffer(ZoomJson.write(request.body())));
    }
}
