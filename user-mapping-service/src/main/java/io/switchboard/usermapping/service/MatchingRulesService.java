package io.switchboard.usermapping.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.usermapping.mapping.MatchingRules;
import io.switchboard.usermapping.repository.ConnectionRepository;
import io.switchboard.usermapping.repository.ProfileKeyRepository;
import io.switchboard.usermapping.repository.ProfileRepository;
import io.switchboard.usermapping.repository.ProfileRepository.ProfileRow;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and changes an organisation's matching rules. A change keys every profile and every Zoom user of the
 * organisation again and matches each live connection, in one transaction, so mappings follow the rules at once.
 */
@ApplicationScoped
public class MatchingRulesService {

    private final Pool database;
    private final ProfileKeyRepository keys;
    private final ProfileRepository profiles;
    private final ConnectionRepository connections;
    private final DirectoryWriter writer;
    private final RulesService rules;
    private final MatchService matching;
    private final ObjectMapper json;

    public MatchingRulesService(
            Pool database,
            ProfileKeyRepository keys,
            ProfileRepository profiles,
            ConnectionRepository connections,
            DirectoryWriter writer,
            RulesService rules,
            MatchService matching,
            ObjectMapper json) {
        this.database = database;
        this.keys = keys;
        this.profiles = profiles;
        this.connections = connections;
        this.writer = writer;
        this.rules = rules;
        this.matching = matching;
        this.json = json;
    }

    public Uni<MatchingRules> get(String orgId) {
        return rules.rules(database, orgId)
                .map(found -> new MatchingRules(found.plusAddressing(), found.domainAliases()));
    }

    /** Stores the rules and applies them to the organisation's directory; the stored rules. */
    public Uni<MatchingRules> update(String orgId, MatchingRules requested, String by) {
        MatchingRules valid = requested.checked();
        EmailKeys.Rules applied = new EmailKeys.Rules(valid.plusAddressing(), valid.domainAliases());
        return database.withTransaction(sql -> keys.saveRules(sql, orgId, valid.plusAddressing(), write(applied))
                        .flatMap(ignored -> rekeyProfiles(sql, orgId, applied))
                        .flatMap(ignored -> rematchAll(sql, orgId, applied, by)))
                .replaceWith(new MatchingRules(applied.plusAddressing(), applied.domainAliases()));
    }

    private Uni<Void> rekeyProfiles(SqlConnection sql, String orgId, EmailKeys.Rules applied) {
        return profiles.all(sql, orgId)
                .onItem()
                .transformToMulti(all -> Multi.createFrom().iterable(all))
                .onItem()
                .transformToUniAndConcatenate(
                        profile -> keys.replace(sql, orgId, profile.profileId(), keysOf(profile, applied)))
                .collect()
                .asList()
                .replaceWithVoid();
    }

    private Uni<Void> rematchAll(SqlConnection sql, String orgId, EmailKeys.Rules applied, String by) {
        return keys.liveConnections(sql, orgId)
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(id -> connections
                        .find(sql, id)
                        .call(connection -> writer.rekey(sql, connection, applied))
                        .flatMap(connection -> matching.recompute(sql, connection, by)))
                .collect()
                .asList()
                .replaceWithVoid();
    }

    private static java.util.Set<String> keysOf(ProfileRow profile, EmailKeys.Rules applied) {
        List<String> addresses = new ArrayList<>();
        addresses.add(profile.email());
        addresses.addAll(profile.alternateEmails());
        return EmailKeys.keys(addresses, applied);
    }

    private String write(EmailKeys.Rules applied) {
        try {
            return json.writeValueAsString(applied.domainAliases());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Domain aliases could not be serialised", e);
        }
    }
}
