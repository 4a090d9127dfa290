package io.switchboard.usermapping.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.Outbox;
import io.switchboard.messaging.OutboxEvent;
import io.switchboard.usermapping.messaging.DirectoryEvents;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.MappingRepository;
import io.switchboard.usermapping.repository.MappingRepository.MappingRow;
import io.switchboard.usermapping.repository.MappingRepository.MappingWrite;
import io.switchboard.usermapping.repository.MappingRepository.MatchInput;
import io.switchboard.usermapping.repository.MatchScopeRepository;
import io.switchboard.usermapping.repository.ProfileKeyRepository;
import io.switchboard.usermapping.service.Matcher.Outcome;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a connection's Zoom users to the organisation's profiles inside the caller's transaction: writes the
 * mapping rows that changed and, for each change of what others see, a record or a tombstone on
 * {@code switchboard.mappings}, committed with it. Only the users a change can affect are read ({@link MatchScope}),
 * and changes are written in chunks, so that memory stays bounded however large the directory.
 */
@ApplicationScoped
public class MatchService {

    /** The system's name in {@code changed_by} for automatic matching. */
    public static final String AUTOMATIC = "automatic-matching";

    /** Mapping rows (and their events) written per statement. */
    private static final int CHUNK = 5_000;

    private final MappingRepository mappings;
    private final MatchScopeRepository scopes;
    private final ProfileKeyRepository profiles;
    private final DirectoryEvents events;
    private final Outbox outbox;

    public MatchService(
            MappingRepository mappings,
            MatchScopeRepository scopes,
            ProfileKeyRepository profiles,
            DirectoryEvents events,
            Outbox outbox) {
        this.mappings = mappings;
        this.scopes = scopes;
        this.profiles = profiles;
        this.events = events;
        this.outbox = outbox;
    }

    /** Counts of a matching (of the users in scope): mapped and on, not mapped (any reason), ambiguous. */
    public record MatchCounts(int matched, int unmatched, int ambiguous) {}

    /** Matches every Zoom user of {@code connection} again; {@code changedBy} is recorded on changed rows. */
    public Uni<MatchCounts> recompute(SqlConnection sql, KnownConnection connection, String changedBy) {
        return recompute(sql, connection, changedBy, MatchScope.wholeConnection());
    }

    /** Matches again the Zoom users of {@code connection} that the change in {@code scope} can affect. */
    public Uni<MatchCounts> recompute(
            SqlConnection sql, KnownConnection connection, String changedBy, MatchScope scope) {
        return users(sql, connection, scope)
                .flatMap(users -> users != null && users.isEmpty()
                        ? Uni.createFrom().item(new MatchCounts(0, 0, 0))
                        : match(sql, connection, changedBy, users));
    }

    /** The users in scope; null for all of them. */
    private Uni<List<String>> users(SqlConnection sql, KnownConnection connection, MatchScope scope) {
        if (scope.all()) {
            return Uni.createFrom().nullItem();
        }
        return scopes.affected(
                sql, connection.id(), connection.orgId(), scope.emailKeys(), scope.zoomUserIds(), scope.profileIds());
    }

    private Uni<MatchCounts> match(
            SqlConnection sql, KnownConnection connection, String changedBy, List<String> users) {
        return mappings.inputs(sql, connection.id(), users)
                .flatMap(inputs -> profiles.profilesByKey(sql, connection.orgId(), keys(inputs))
                        .flatMap(byKey -> profiles.disabled(sql, connection.orgId())
                                .map(disabled -> decide(inputs, byKey, disabled))))
                .flatMap(outcomes -> mappings.current(sql, connection.id(), users)
                        .flatMap(current -> write(sql, connection, changedBy, outcomes, current)
                                .replaceWith(counts(outcomes))));
    }

    private static Set<String> keys(List<MatchInput> inputs) {
        Set<String> keys = new HashSet<>();
        inputs.forEach(input -> keys.addAll(input.keys()));
        return keys;
    }

    private static Map<String, Outcome> decide(
            List<MatchInput> inputs, Map<String, Set<String>> byKey, Set<String> disabled) {
        List<Matcher.Candidate> candidates = inputs.stream()
                .map(input -> new Matcher.Candidate(
                        input.zoomUserId(), "pending".equals(input.status()), input.keys(), input.manualProfile()))
                .toList();
        return Matcher.match(candidates, byKey, disabled);
    }

    private static MatchCounts counts(Map<String, Outcome> outcomes) {
        int matched = (int) outcomes.values().stream().filter(Outcome::matched).count();
        int ambiguous = (int) outcomes.values().stream()
                .filter(outcome -> outcome.reason() == Matcher.Reason.AMBIGUOUS_PROFILES)
                .count();
        return new MatchCounts(matched, outcomes.size() - matched, ambiguous);
    }

    /** Writes the rows that changed, chunk by chunk, each chunk's events built only when it is written. */
    private Uni<Void> write(
            SqlConnection sql,
            KnownConnection connection,
            String changedBy,
            Map<String, Outcome> outcomes,
            Map<String, MappingRow> current) {
        List<MappingWrite> writes = new ArrayList<>();
        outcomes.forEach((zoomUserId, outcome) -> {
            MappingWrite write = MappingChanges.write(zoomUserId, outcome);
            if (!MappingChanges.same(current.get(zoomUserId), write)) {
                writes.add(write);
            }
        });
        List<List<MappingWrite>> chunks = new ArrayList<>();
        for (int from = 0; from < writes.size(); from += CHUNK) {
            chunks.add(writes.subList(from, Math.min(writes.size(), from + CHUNK)));
        }
        return Multi.createFrom()
                .iterable(chunks)
                .onItem()
                .transformToUniAndConcatenate(chunk -> mappings.write(
                                sql, connection.id(), connection.orgId(), changedBy, chunk)
                        .flatMap(ignored -> outbox.appendAll(sql, published(connection, chunk, current))))
                .collect()
                .last()
                .replaceWithVoid();
    }

    private List<OutboxEvent> published(
            KnownConnection connection, List<MappingWrite> chunk, Map<String, MappingRow> current) {
        List<OutboxEvent> published = new ArrayList<>();
        for (MappingWrite write : chunk) {
            MappingChanges.Visible change = MappingChanges.visible(current.get(write.zoomUserId()), write);
            switch (change) {
                case MAPPED -> published.add(events.mapping(connection, write));
                case UNMAPPED -> published.add(events.mappingRemoved(connection, write.zoomUserId()));
                case NONE -> {}
            }
        }
        return published;
    }
}
