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
 * Stores the entries derived for meeting ids of connections, inside the caller's transaction, with an {@code
 * activity.recorded} or {@code activity.updated} event for each entry that is new or changed. Entries of a logical
 * meeting that no longer exists (a late instance joined it to another) are removed, with an event that says so.
 * Entries of people switched off are neither derived nor removed: they stay, hidden. However many meetings, the
 * entries are written in one round trip, the stored ones read in one and the events appended in one.
 */
@ApplicationScoped
public class TimelineWriter {

    /** The entries derived for one meeting id of a connection, and the keys of its logical meetings. */
    public record Derived(Subject subject, Set<String> groupKeys, List<TimelineEntry> entries) {}

    private final TimelineWriteRepository timeline;
    private final ActivityEvents events;
    private final Outbox outbox;

    public TimelineWriter(TimelineWriteRepository timeline, ActivityEvents events, Outbox outbox) {
        this.timeline = timeline;
        this.events = events;
        this.outbox = outbox;
    }

    /** Stores the entries of meeting ids and removes those of logical meetings that were folded into others. */
    public Uni<Void> writeAll(SqlConnection sql, List<Derived> derived) {
        if (derived.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<OutboxEvent> published = new ArrayList<>();
        return store(
                        sql,
                        derived.stream()
                                .flatMap(each -> each.entries().stream())
                                .toList(),
                        published)
                .flatMap(ignored -> removeFolded(sql, derived, published))
                .flatMap(ignored -> outbox.appendAll(sql, published));
    }

    /** Stores entries that nothing folds (a call's). */
    public Uni<Void> upsert(SqlConnection sql, List<TimelineEntry> entries) {
        List<OutboxEvent> published = new ArrayList<>();
        return store(sql, entries, published).flatMap(ignored -> outbox.appendAll(sql, published));
    }

    private Uni<Void> store(SqlConnection sql, List<TimelineEntry> entries, List<OutboxEvent> published) {
        return timeline.upsertAll(sql, entries)
                .invoke(written -> {
                    for (int i = 0; i < entries.size(); i++) {
                        TimelineWriteRepository.Written entry = written.get(i);
                        if (entry != null) {
                            published.add(
                                    entry.inserted()
                                            ? events.recorded(entry.id(), entries.get(i))
                                            : events.updated(entry.id(), entries.get(i)));
                        }
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> removeFolded(SqlConnection sql, List<Derived> derived, List<OutboxEvent> published) {
        return timeline.withPrefixes(sql, derived.stream().map(Derived::subject).toList())
                .flatMap(stored -> {
                    List<StoredEntry> folded = new ArrayList<>();
                    for (int i = 0; i < derived.size(); i++) {
                        Subject subject = derived.get(i).subject();
                        Set<String> groupKeys = derived.get(i).groupKeys();
                        String prefix = subject.keyPrefix();
                        stored.get(i).stream()
                                .filter(entry -> !groupKeys.contains(groupKey(entry.sourceKey(), prefix)))
                                .forEach(entry -> {
                                    folded.add(entry);
                                    published.add(events.removed(
                                            entry.id(), subject.orgId(), entry.profileId(), subject.connectionId()));
                                });
                    }
                    return timeline.delete(
                            sql, folded.stream().map(StoredEntry::id).toList());
                });
    }

    private static String groupKey(String sourceKey, String prefix) {
        String rest = sourceKey.substring(prefix.length());
        int colon = rest.lastIndexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }
}
