package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.ActivitySettings;
import io.switchboard.activity.messaging.ActivityEvents;
import io.switchboard.activity.repository.ConnectionRefRepository;
import io.switchboard.activity.repository.DirectoryLocks;
import io.switchboard.activity.repository.OrgSettingRepository;
import io.switchboard.activity.repository.TimelineWriteRepository;
import io.switchboard.domain.DomainException;
import io.switchboard.messaging.Outbox;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An organisation's activity settings. Switching meeting topics off erases, in the same transaction, the topics
 * recorded for its accounts and the titles of its entries, publishing each changed entry.
 */
@ApplicationScoped
public class SettingsService {

    private final Pool database;
    private final OrgSettingRepository settings;
    private final TimelineWriteRepository timeline;
    private final ActivityEvents events;
    private final Outbox outbox;
    private final ConnectionRefRepository connections;
    private final DirectoryLocks locks;

    public SettingsService(
            Pool database,
            OrgSettingRepository settings,
            TimelineWriteRepository timeline,
            ActivityEvents events,
            Outbox outbox,
            ConnectionRefRepository connections,
            DirectoryLocks locks) {
        this.database = database;
        this.settings = settings;
        this.timeline = timeline;
        this.events = events;
        this.outbox = outbox;
        this.connections = connections;
        this.locks = locks;
    }

    public Uni<ActivitySettings> get(String orgId) {
        return settings.storesTopics(database, orgId).map(ActivitySettings::new);
    }

    /** Saves the settings; 400 when {@code storeMeetingTopics} is missing. */
    public Uni<ActivitySettings> put(String orgId, ActivitySettings requested, String by) {
        if (requested == null || requested.storeMeetingTopics() == null) {
            throw DomainException.invalid("storeMeetingTopics (true or false) is required.");
        }
        boolean store = requested.storeMeetingTopics();
        // The organisation's accounts are held, so that no fact recorded meanwhile keeps a topic.
        return database.withTransaction(sql -> connections
                .accountsOf(sql, orgId)
                .call(accounts -> InOrder.each(accounts, account -> locks.changingAccount(sql, account)))
                .call(() -> settings.save(sql, orgId, store, by))
                .call(() -> store ? Uni.createFrom().voidItem() : settings.eraseTopics(sql, orgId))
                .call(() -> store
                        ? Uni.createFrom().voidItem()
                        : timeline.eraseTitles(sql, orgId)
                                .flatMap(erased -> outbox.appendAll(
                                        sql,
                                        erased.stream()
                                                .map(entry -> events.updated(entry.id(), entry.entry()))
                                                .toList())))
                .replaceWith(new ActivitySettings(store)));
    }
}
