package io.switchboard.zoom.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Zoom's error answers, including its sampled daily-limit body, become the typed exceptions. */
class ZoomErrorsTest {

    private static final String CALL = "GET /users/{userId}";
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant RESET = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void classifiesByStatusAndZoomsCode() {
        assertInstanceOf(
                ZoomInvalidTokenException.class, of(401, "{\"code\":124,\"message\":\"Invalid access token.\"}"));
        assertInstanceOf(
                ZoomInvalidTokenException.class,
                of(400, "{\"code\":4700,\"message\":\"Invalid access token, does not contain scopes.\"}"));
        assertInstanceOf(
                ZoomNotFoundException.class, of(404, "{\"code\":1001,\"message\":\"User does not exist: x\"}"));
        assertInstanceOf(
                ZoomNotFoundException.class, of(400, "{\"code\":1001,\"message\":\"User does not exist: x\"}"));
        assertInstanceOf(
                ZoomSeatUnavailableException.class, of(400, "{\"code\":2034,\"message\":\"...Licensed users...\"}"));
        assertInstanceOf(ZoomBadRequestException.class, of(400, "{\"code\":300,\"message\":\"Validation Failed.\"}"));
        assertInstanceOf(
                ZoomBadRequestException.class, of(409, "{\"code\":1005,\"message\":\"User already in the account\"}"));
        ZoomApiException server = of(502, "<html>Bad gateway</html>");
        assertInstanceOf(ZoomServerException.class, server);
        assertTrue(server.isTransient());
        assertEquals("GET /users/{userId} failed: HTTP 502", server.getMessage());
    }

    @Test
    void tellsZoomsPerSecondLimitFromItsDailyCap() throws IOException {
        ZoomApiException perSecond = ZoomErrors.classify(
                CALL,
                429,
                ZoomError.parse(
                        bytes(
                                "{\"code\":429,\"message\":\"You have reached the maximum per-second rate limit for this API. Try again later.\"}")),
                "7",
                NOW,
                RESET);
        ZoomRateLimitedException limited = assertInstanceOf(ZoomRateLimitedException.class, perSecond);
        assertEquals(Optional.of(Duration.ofSeconds(7)), limited.retryAfter());

        byte[] sample = Files.readAllBytes(
                Path.of(System.getProperty("switchboard.zoom-samples"), "api", "error-429-daily-limit.json"));
        ZoomApiException daily = ZoomErrors.classify(CALL, 429, ZoomError.parse(sample), null, NOW, RESET);
        assertEquals(
                RESET, assertInstanceOf(ZoomDailyLimitException.class, daily).resetsAt());
        assertTrue(daily.getMessage().contains("daily rate limit"), daily.getMessage());
    }

    @Test
    void readsRetryAfterInSecondsOrAsADate() {
        assertEquals(Duration.ofSeconds(3), ZoomErrors.retryAfter(" 3 ", NOW));
        assertEquals(Duration.ofSeconds(90), ZoomErrors.retryAfter("Sun, 22 Nov 2026 10:01:30 GMT", NOW));
        assertEquals(null, ZoomErrors.retryAfter("soon", NOW));
        assertEquals(null, ZoomErrors.retryAfter(null, NOW));
    }

    private static ZoomApiException of(int status, String body) {
        return ZoomErrors.classify(CALL, status, ZoomError.parse(bytes(body)), null, NOW, RESET);
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
