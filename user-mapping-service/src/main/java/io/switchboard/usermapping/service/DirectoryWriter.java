package io.switchboard.usermapping.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.events.Topics;
import io.switchboard.messaging.Outbox;
import io.switchboard.usermapping.messaging.DirectoryEvents;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.ZoomUserRepository;
import io.switchboard.usermapping.repository.ZoomUserRepository.ZoomUserRow;
import io.switchboard.zoom.api.http.ZoomJson;
import io.switchboard.zoom.api.model.ZoomUser;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes Zoom users into the directory inside the caller's transaction: the rows whose record changed get fresh email
 * keys and a record on {@code switchboard.zoom-users}, committed with them (the statement that writes the users
 * appends the records, see {@link ZoomUserRepository}).
 */
@ApplicationScoped
public class DirectoryWriter {

    private static final ZoomUserRepository.Published PUBLISHED = new ZoomUserRepository.Published(
            Topics.ZOOM_USERS, DirectoryTypes.ZOOM_USER_UPSERTED, DirectoryEvents.SOURCE);

    private final ZoomUserRepository users;
    private final Outbox outbox;

    public DirectoryWriter(ZoomUserRepository users, Outbox outbox) {
        this.users = users;
        this.outbox = outbox;
    }

    /** The directory key of a Zoom user: its id, or {@code pending:<email>} for an invited user without one. */
    public static String zoomUserId(ZoomUser user) {
        if (user.id() != null && !user.id().isBlank()) {
            return user.id();
        }
        return "pending:" + (user.email() == null ? "" : user.email().trim().toLowerCase(Locale.ROOT));
    }

    /** A listed user as a row; {@code listedStatus} when the record names none. */
    public static ZoomUserRow row(ZoomUser user, String listedStatus) {
        try {
            String status = user.status() != null ? user.status() : listedStatus;
            return new ZoomUserRow(
                    zoomUserId(user), user.email(), List.of(), status, ZoomJson.MAPPER.writeValueAsString(user));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A Zoom user could not be serialised", e);
        }
    }

    /**
     * Stores {@code rows} as import run {@code importRunId} listed them at {@code eventTs}; how many changed. Only
     * new users and users at another address are keyed again.
     */
    public Uni<Integer> store(
            SqlConnection sql,
            KnownConnection connection,
            EmailKeys.Rules rules,
            long eventTs,
            UUID importRunId,
            List<ZoomUserRow> rows) {
        List<String> keys = rows.stream()
                .map(row -> DirectoryEvents.key(connection, row.zoomUserId()))
                .toList();
        return outbox.lockKeys(sql, Topics.ZOOM_USERS, keys)
                .flatMap(locked -> users.upsert(sql, connection, eventTs, importRunId, rows, PUBLISHED))
                .call(written -> users.replaceKeys(sql, connection.id(), keys(readdressed(written, false), rules)))
                .call(written -> users.addKeys(sql, connection.id(), keys(readdressed(written, true), rules)))
                .map(List::size);
    }

    /** The users, among those written, that are new ({@code added}) or known and now at another address. */
    private static List<ZoomUserRow> readdressed(List<ZoomUserRepository.Written> written, boolean added) {
        return written.stream()
                .filter(changed -> added ? changed.added() : !changed.added() && changed.readdressed())
                .map(ZoomUserRepository.Written::user)
                .toList();
    }

    /** Merges one user's changed fields (a webhook) and publishes the merged record; false when a newer one is kept. */
    public Uni<Boolean> merge(
            SqlConnection sql,
            KnownConnection connection,
            EmailKeys.Rules rules,
            ZoomUserRepository.ZoomUserChange change) {
        return outbox.lockKeys(sql, Topics.ZOOM_USERS, List.of(DirectoryEvents.key(connection, change.zoomUserId())))
                .flatMap(locked -> users.merge(sql, connection, change, PUBLISHED))
                .flatMap(merged -> merged == null
                        ? Uni.createFrom().item(false)
                        : users.replaceKeys(sql, connection.id(), keys(List.of(merged), rules))
                                .replaceWith(true));
    }

    /** Keys every user of the connection again under {@code rules}. */
    public Uni<Void> rekey(SqlConnection sql, KnownConnection connection, EmailKeys.Rules rules) {
        return users.all(sql, connection.id())
                .flatMap(all -> users.replaceKeys(sql, connection.id(), keys(all, rules)));
    }

    private static Map<String, List<String>> keys(List<ZoomUserRow> changed, EmailKeys.Rules rules) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (ZoomUserRow user : changed) {
            List<String> addresses = new ArrayList<>();
            if (user.email() != null) {
                addresses.add(user.email());
            }
            addresses.addAll(user.aliases());
            keys.put(user.zoomUserId(), new ArrayList<>(EmailKeys.keys(addresses, rules)));
        }
        return keys;
    }
}
