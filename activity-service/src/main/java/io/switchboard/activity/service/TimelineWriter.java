package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.messaging.ActivityEvents;
import io.switchboard.activity.repository.TimelineWriteRepository;
import io.switchboard.activity.repository.TimelineWriteRepository.StoredEntry;
import io.switchboard.activity.service.MeetingProjection.Subject;
import io.switchboard.messaging.Outbox;
import io.switchboard.messaging.OutboxEvent;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stores the entries derived for one meeting id of a connection, inside the caller's transaction, with an
 * {@code activity.recorded} or {@code activity.updated} event for each entry that is new or changed. Entries of a
 * logical meeting that no longer exists (a late instance joined it to another) are removed, with an event that says so.
 * Entries of people switched off are neither derived nor removed: they stay, hidden.
 */
@ApplicationScoped
public class TimelineWriter {

    private final TimelineWriteRepository timeline;
    private final ActivityEvents events;
    private final Outbox outbox;

    public TimelineWriter(TimelineWriteRepository timeline, ActivityEvents events, Outbox outbox) {
        this.timeline = timeline;
        this.events = events;
        this.outbox = outbox;
    }

    /** Stores the entries of a meeting id and removes those of logical meetings that were folded into others. */
    public Uni<Void> write(SqlConnection sql, Subject subject, Set<String> groupKeys, List<TimelineEntry> entries) {
        List<OutboxEvent> published = new ArrayList<>();
        return store(sql, entries, published)
                .flatMap(ignored -> removeFolded(sql, subject, groupKeys, published))
                .flatMap(ignored -> outbox.appendAll(sql, published));
    }

    /** Stores entries that nothing folds (a call's). */
    public Uni<Void> upsert(SqlConnection sql, List<TimelineEntry> entries) {
        List<OutboxEvent> published = new ArrayList<>();
        return store(sql, entries, published).flatMap(ignored -> outbox.appendAll(sql, published));
    }

    private Uni<Void> store(SqlConnection sql, List<TimelineEntry> entries, List<OutboxEvent> published) {
        return InOrder.each(
                entries,
                entry -> timeline.upsert(sql, entry).invoke(written -> {
                    if (written != null) {
                        published.add(
                                written.inserted()
                                        ? events.recorded(written.id(), entry)
                                        : events.updated(written.id(), entry));
                    }
                }));
    }

    private Uni<Void> removeFolded(
            SqlConnection sql, Subject subject, Set<String> groupKeys, List<OutboxEvent> published) {
        String prefix = subject.keyPrefix();
        return timeline.withPrefix(sql, subject.connectionId(), prefix).flatMap(stored -> {
            List<StoredEntry> folded = stored.stream()
                    .filter(entry -> !groupKeys.contains(groupKey(entry.sourceKey(), prefix)))
                    .toList();
            folded.forEach(entry -> published.add(
                    events.removed(entry.id(), subject.orgId(), entry.profileId(), subject.connectionId())));
            return timeline.delete(sql, folded.stream().map(StoredEntry::id).toList());
        });
    }

    private static String groupKey(String sourceKey, String prefix) {
        String rest = sourceKey.substring(prefix.length());
        int colon = rest.lastIndexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }
}
