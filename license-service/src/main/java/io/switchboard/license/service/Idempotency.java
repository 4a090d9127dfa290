package io.switchboard.license.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.DomainException;
import io.switchboard.domain.DomainException.Kind;
import io.switchboard.license.config.LicenseConfig;
import io.switchboard.license.repository.IdempotencyRepository;
import io.switchboard.license.repository.IdempotencyRepository.StoredKey;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * The Idempotency-Key of action requests: the first request with a key claims it (an insert only one replica can
 * win) and acts; a retry of the same request gets the stored answer without acting again; the same key with another
 * request is a 422 problem, and while the first is still in progress a 409 problem. A request that fails gives its
 * claim up, so that a retry acts again (every action first reads the user from Zoom, so nothing is done twice); so
 * does a claim left in progress past {@code idempotency-stale-after} by a replica that died. Keys are kept for
 * {@code idempotency-retention}.
 */
@ApplicationScoped
public class Idempotency {

    /** The longest key accepted. */
    public static final int MAX_KEY_LENGTH = 255;

    /** An answer, stored or fresh. */
    public record Answer<T>(int status, T body, boolean replayed) {}

    private final Pool database;
    private final IdempotencyRepository keys;
    private final ObjectMapper json;
    private final LicenseConfig config;
    private final Clock clock;

    public Idempotency(
            Pool database, IdempotencyRepository keys, ObjectMapper json, LicenseConfig config, Clock clock) {
        this.database = database;
        this.keys = keys;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Runs {@code work} once per key: {@code request} identifies the request (method, path and body), {@code status}
     * is the answer's status when it acts, {@code type} reads a stored answer back. Without a key, just runs it.
     */
    public <T> Uni<Answer<T>> once(
            String orgId,
            String key,
            String request,
            int status,
            Class<T> type,
            Function<IdempotencyClaim, Uni<T>> work) {
        if (key == null) {
            return work.apply(IdempotencyClaim.NONE).map(body -> new Answer<>(status, body, false));
        }
        String checked = checked(key);
        String hash = hash(request);
        return database.withConnection(sql ->
                        keys.claim(sql, orgId, checked, hash, clock.instant().minus(config.idempotencyStaleAfter())))
                .flatMap(claimed -> claimed
                        ? act(new IdempotencyClaim(orgId, checked, status, keys, this::write), status, work)
                        : stored(orgId, checked, hash, type));
    }

    private <T> Uni<Answer<T>> act(IdempotencyClaim claim, int status, Function<IdempotencyClaim, Uni<T>> work) {
        return Uni.createFrom()
                .deferred(() -> work.apply(claim))
                .call(body -> database.withConnection(sql -> claim.complete(sql, body)))
                .onFailure()
                .call(() -> database.withConnection(sql -> keys.release(sql, claim.orgId(), claim.key())))
                .map(body -> new Answer<>(status, body, false));
    }

    private <T> Uni<Answer<T>> stored(String orgId, String key, String hash, Class<T> type) {
        return database.withConnection(sql -> keys.find(sql, orgId, key)).map(stored -> replay(stored, hash, type));
    }

    private <T> Answer<T> replay(StoredKey stored, String hash, Class<T> type) {
        if (stored != null && !stored.requestHash().equals(hash)) {
            throw new DomainException(
                    Kind.UNPROCESSABLE,
                    "idempotency-key-reused",
                    "Idempotency-Key reused",
                    "This Idempotency-Key was used for another request; use a new key for a new request.");
        }
        if (stored == null || !stored.completed()) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "idempotency-key-in-progress",
                    "Request in progress",
                    "The first request with this Idempotency-Key is still in progress; retry shortly.");
        }
        return new Answer<>(stored.responseStatus(), read(stored.responseBody(), type), true);
    }

    private static String checked(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw DomainException.invalid("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters.");
        }
        return key;
    }

    /** The request's fingerprint: SHA-256 of what identifies it. */
    static String hash(String request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** {@code body} as JSON, for a request's fingerprint or a stored answer. */
    public String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be serialised", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored answer could not be read", e);
        }
    }
}
