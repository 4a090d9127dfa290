package io.switchboard.license.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.license.repository.IdempotencyRepository;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.function.Function;

/**
 * A request's hold on its Idempotency-Key: the action stores its answer with {@link #complete} in the transaction
 * that records it, so that the answer and the action commit together. {@link #NONE} for a request without a key.
 */
public final class IdempotencyClaim {

    /** No key: nothing to store. */
    public static final IdempotencyClaim NONE = new IdempotencyClaim(null, null, 0, null, null);

    private final String orgId;
    private final String key;
    private final int status;
    private final IdempotencyRepository keys;
    private final Function<Object, String> json;

    IdempotencyClaim(String orgId, String key, int status, IdempotencyRepository keys, Function<Object, String> json) {
        this.orgId = orgId;
        this.key = key;
        this.status = status;
        this.keys = keys;
        this.json = json;
    }

    String orgId() {
        return orgId;
    }

    /** The key, or null. */
    public String key() {
        return key;
    }

    /** Stores {@code answer} as the key's answer within {@code sql}'s transaction; nothing without a key. */
    public Uni<Void> complete(SqlClient sql, Object answer) {
        if (key == null) {
            return Uni.createFrom().voidItem();
        }
        return keys.complete(sql, orgId, key, status, json.apply(answer));
    }
}
