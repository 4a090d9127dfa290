package io.switchboard.activity.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Transaction locks that keep facts and the directory from missing each other. Recording a fact holds its Zoom
 * account shared; a change of the directory (a connection, a mapping) holds its connection, then the account,
 * exclusively. Without them, a fact and a mapping committed at the same moment would each read the other's state
 * from before, and the person's entry would never be derived.
 */
@ApplicationScoped
public class DirectoryLocks {

    private static final int ACCOUNT_SPACE = 0x5357_4143;
    private static final int CONNECTION_SPACE = 0x5357_434e;

    /** Recording facts of the account: many at once, none during a directory change of it. */
    public Uni<Void> recording(SqlClient sql, String zoomAccountId) {
        return recording(sql, List.of(zoomAccountId));
    }

    /** Recording facts of these accounts (sorted: the order directory changes take accounts in). */
    public Uni<Void> recording(SqlClient sql, List<String> zoomAccountIds) {
        return sql.preparedQuery(
                        "select count(pg_advisory_xact_lock_shared($1, hashtext(a))) from unnest($2::text[]) as a")
                .execute(Tuple.of(ACCOUNT_SPACE).addArrayOfString(zoomAccountIds.toArray(String[]::new)))
                .replaceWithVoid();
    }

    /** A directory change that reads the account's facts: alone. */
    public Uni<Void> changingAccount(SqlClient sql, String zoomAccountId) {
        return lock(sql, "pg_advisory_xact_lock", ACCOUNT_SPACE, zoomAccountId);
    }

    /** A change of a connection or of one of its mappings: one at a time per connection. */
    public Uni<Void> changingConnection(SqlClient sql, UUID connectionId) {
        return lock(sql, "pg_advisory_xact_lock", CONNECTION_SPACE, connectionId.toString());
    }

    private static Uni<Void> lock(SqlClient sql, String function, int space, String key) {
        return sql.preparedQuery("select " + function + "($1, hashtext($2))")
                .execute(Tuple.of(space, key))
                .replaceWithVoid();
    }
}
