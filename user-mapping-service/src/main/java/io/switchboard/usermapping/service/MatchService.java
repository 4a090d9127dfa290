package io.switchboard.usermapping.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.Outbox;
import io.switchboard.messaging.OutboxEvent;
import io.switchboard.usermapping.messaging.DirectoryEvents;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.MappingRepository;
import io.switchboard.usermapping.repository.MappingRepository.MappingRow;
import io.switchboard.usermapping.repository.MappingRepository.MappingWrite;
import io.switchboard.usermapping.repository.ProfileKeyRepository;
import io.switchboard.usermapping.service.Matcher.Outcome;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Matches a connection's Zoom users to the organisation's profiles inside the caller's transaction: writes the
 * mapping rows that changed and, for each change of what others see (profile, switch, source), a record or a
 * tombstone on {@code switchboard.mappings}, committed with it.
 */
@ApplicationScoped
public class MatchService {

    /** The system's name in {@code changed_by} for automatic matching. */
    public static final String AUTOMATIC = "automatic-matching";

    private final MappingRepository mappings;
    private final ProfileKeyRepository profiles;
    private final DirectoryEvents events;
    private final Outbox outbox;

    public MatchService(
            MappingRepository mappings, ProfileKeyRepository profiles, DirectoryEvents events, Outbox outbox) {
        this.mappings = mappings;
        this.profiles = profiles;
        this.events = events;
        this.outbox = outbox;
    }

    /** Counts of a matching: mapped and on, not mapped (any reason), ambiguous. */
    public record MatchCounts(int matched, int unmatched, int ambiguous) {}

    /** Recomputes every mapping of {@code connection}; {@code changedBy} is recorded on changed rows. */
    public Uni<MatchCounts> recompute(SqlConnection sql, KnownConnection connection, String changedBy) {
        return Uni.combine()
                .all()
                .unis(
                        mappings.inputs(sql, connection.id()),
                        profiles.profilesByKey(sql, connection.orgId()),
                        profiles.disabled(sql, connection.orgId()),
                        mappings.current(sql, connection.id()))
                .asTuple()
                .flatMap(loaded -> apply(
                        sql,
                        connection,
                        changedBy,
                        decide(loaded.getItem1(), loaded.getItem2(), loaded.getItem3()),
                        loaded.getItem4()));
    }

    private static Map<String, Outcome> decide(
            List<MappingRepository.MatchInput> inputs, Map<String, Set<String>> byKey, Set<String> disabled) {
        List<Matcher.Candidate> candidates = inputs.stream()
                .map(input -> new Matcher.Candidate(
                        input.zoomUserId(), "pending".equals(input.status()), input.keys(), input.manualProfile()))
                .toList();
        return Matcher.match(candidates, byKey, disabled);
    }

    private Uni<MatchCounts> apply(
            SqlConnection sql,
            KnownConnection connection,
            String changedBy,
            Map<String, Outcome> outcomes,
            Map<String, MappingRow> current) {
        List<MappingWrite> writes = new ArrayList<>();
        List<OutboxEvent> published = new ArrayList<>();
        int matched = 0;
        int ambiguous = 0;
        for (Map.Entry<String, Outcome> entry : outcomes.entrySet()) {
            Outcome outcome = entry.getValue();
            matched += outcome.matched() ? 1 : 0;
            ambiguous += outcome.reason() == Matcher.Reason.AMBIGUOUS_PROFILES ? 1 : 0;
            MappingWrite write = new MappingWrite(
                    entry.getKey(),
                    outcome.profileId(),
                    outcome.source() == null ? null : outcome.source().wire(),
                    outcome.reason() == null ? null : outcome.reason().wire(),
                    outcome.enabled());
            MappingRow before = current.get(entry.getKey());
            if (before == null || !same(before, write)) {
                writes.add(write);
                published.addAll(changes(connection, before, write));
            }
        }
        MatchCounts counts = new MatchCounts(matched, outcomes.size() - matched, ambiguous);
        return mappings.write(sql, connection.id(), connection.orgId(), changedBy, writes)
                .flatMap(ignored -> outbox.appendAll(sql, published))
                .replaceWith(counts);
    }

    /** What subscribers of switchboard.mappings learn from a row change, if anything. */
    private List<OutboxEvent> changes(KnownConnection connection, MappingRow before, MappingWrite after) {
        boolean wasMapped = before != null && before.profileId() != null;
        if (after.profileId() != null) {
            boolean visible = !wasMapped
                    || !after.profileId().equals(before.profileId())
                    || after.enabled() != before.enabled()
                    || !Objects.equals(after.source(), before.source());
            return visible ? List.of(events.mapping(connection, after)) : List.of();
        }
        return wasMapped ? List.of(events.mappingRemoved(connection, after.zoomUserId())) : List.of();
    }

    private static boolean same(MappingRow row, MappingWrite write) {
        return Objects.equals(row.profileId(), write.profileId())
                && Objects.equals(row.source(), write.source())
                && Objects.equals(row.reason(), write.reason())
                && row.enabled() == write.enabled();
    }
}
