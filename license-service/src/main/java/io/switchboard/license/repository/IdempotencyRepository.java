package io.switchboard.license.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The Idempotency-Keys of action requests per organisation ({@code idempotency_key}). */
@ApplicationScoped
public class IdempotencyRepository {

    /**
     * A stored key.
     *
     * @param completed whether the first request's answer is stored (else it is still in progress)
     */
    public record StoredKey(String requestHash, boolean completed, Integer responseStatus, String responseBody) {}

    /**
     * Claims the key for a request; true for the one caller (of any replica) whose insert won, or who took over the
     * same request's claim left in progress since before {@code staleBefore} (its replica died mid-request).
     */
    public Uni<Boolean> claim(SqlClient sql, String orgId, String key, String requestHash, Instant staleBefore) {
        return sql.preparedQuery("insert into idempotency_key (org_id, idempotency_key, request_hash, state)"
                        + " values ($1, $2, $3, 'in_progress') on conflict (org_id, idempotency_key) do update"
                        + " set created_at = now() where idempotency_key.state = 'in_progress'"
                        + " and idempotency_key.request_hash = excluded.request_hash"
                        + " and idempotency_key.created_at < $4")
                .execute(Tuple.of(orgId, key, requestHash, ZoomAccountRepository.at(staleBefore)))
                .map(rows -> rows.rowCount() == 1);
    }

    /** The key, or null when nobody holds it. */
    public Uni<StoredKey> find(SqlClient sql, String orgId, String key) {
        return sql.preparedQuery("select request_hash, state, response_status, response_body from idempotency_key"
                        + " where org_id = $1 and idempotency_key = $2")
                .execute(Tuple.of(orgId, key))
                .map(rows -> rows.size() == 0 ? null : stored(rows.iterator().next()));
    }

    /** Stores the answer of the claimed key's request; a key completed before stays as it was. */
    public Uni<Void> complete(SqlClient sql, String orgId, String key, int status, String body) {
        return sql.preparedQuery("update idempotency_key set state = 'completed', response_status = $3,"
                        + " response_body = $4, completed_at = now() where org_id = $1 and idempotency_key = $2"
                        + " and state = 'in_progress'")
                .execute(Tuple.of(orgId, key, status, body))
                .replaceWithVoid();
    }

    /** Gives up a claim whose request failed, so that a retry with the key acts again. */
    public Uni<Void> release(SqlClient sql, String orgId, String key) {
        return sql.preparedQuery("delete from idempotency_key where org_id = $1 and idempotency_key = $2"
                        + " and state = 'in_progress'")
                .execute(Tuple.of(orgId, key))
                .replaceWithVoid();
    }

    private static StoredKey stored(Row row) {
        return new StoredKey(
                row.getString("request_hash"),
                "completed".equals(row.getString("state")),
                row.getInteger("response_status"),
                row.getString("response_body"));
    }
}
