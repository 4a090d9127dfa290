package io.switchboard.usermapping.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.DomainException;
import io.switchboard.usermapping.mapping.ProfileRequest;
import io.switchboard.usermapping.mapping.ProfileView;
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
 * The organisation's profiles. Every change re-keys the profile's emails under the organisation's rules and matches
 * the organisation's connections again, in the same transaction, so mappings and their records on
 * {@code switchboard.mappings} follow at once. The REST calls and {@code switchboard.profiles} both come here.
 */
@ApplicationScoped
public class ProfileService {

    /** Who {@code changed_by} names when a profile change moved a mapping. */
    public static final String PROFILE_CHANGE = "profile-change";

    private final Pool database;
    private final ProfileRepository profiles;
    private final ProfileKeyRepository keys;
    private final ConnectionRepository connections;
    private final RulesService rules;
    private final MatchService matching;

    public ProfileService(
            Pool database,
            ProfileRepository profiles,
            ProfileKeyRepository keys,
            ConnectionRepository connections,
            RulesService rules,
            MatchService matching) {
        this.database = database;
        this.profiles = profiles;
        this.keys = keys;
        this.connections = connections;
        this.rules = rules;
        this.matching = matching;
    }

    /** The stored profile and whether this call created it. */
    public record Upserted(ProfileView profile, boolean created) {}

    /** Creates or replaces a profile and re-matches. */
    public Uni<Upserted> upsert(String orgId, String profileId, ProfileRequest request) {
        ProfileRequest valid = request.normalised();
        ProfileRow row =
                new ProfileRow(orgId, profileId, valid.email(), valid.displayName(), valid.alternateEmails(), null);
        return database.withTransaction(sql -> keys.keysOf(sql, orgId, profileId)
                .flatMap(before -> profiles.upsert(sql, row)
                        .call(created -> rekey(sql, row))
                        .call(created -> rematch(sql, orgId, profileId, before)))
                .flatMap(created -> profiles.find(sql, orgId, profileId)
                        .map(stored -> new Upserted(ProfileView.of(stored), created))));
    }

    /**
     * Deletes a profile (its keys, manual mappings and switch go with it); matching again ends its mappings, with
     * tombstones. Whether it existed.
     */
    public Uni<Boolean> delete(String orgId, String profileId) {
        return database.withTransaction(sql -> keys.keysOf(sql, orgId, profileId)
                .flatMap(before -> profiles.delete(sql, orgId, profileId)
                        .call(existed -> keys.clearSetting(sql, orgId, profileId))
                        .call(existed -> rematch(sql, orgId, profileId, before))));
    }

    public Uni<ProfileView> get(String orgId, String profileId) {
        return profiles.find(database, orgId, profileId)
                .onItem()
                .ifNull()
                .failWith(() -> DomainException.notFound("Profile " + profileId + " was not found."))
                .map(ProfileView::of);
    }

    /** A page of profiles after {@code afterId}. */
    public Uni<List<ProfileView>> page(String orgId, String query, String afterId, int limit) {
        return profiles.page(database, orgId, query, afterId, limit)
                .map(rows -> rows.stream().map(ProfileView::of).toList());
    }

    private Uni<Void> rekey(SqlConnection sql, ProfileRow row) {
        List<String> addresses = new ArrayList<>();
        addresses.add(row.email());
        addresses.addAll(row.alternateEmails());
        return rules.rules(sql, row.orgId())
                .flatMap(found -> keys.replace(sql, row.orgId(), row.profileId(), EmailKeys.keys(addresses, found)));
    }

    /**
     * Matches again, in every live connection of the organisation, the Zoom users around the profile and the
     * addresses it had before.
     */
    private Uni<Void> rematch(SqlConnection sql, String orgId, String profileId, List<String> keysBefore) {
        MatchScope scope = MatchScope.around(keysBefore, List.of(), List.of(profileId));
        return keys.liveConnections(sql, orgId)
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(id -> connections
                        .find(sql, id)
                        .flatMap(connection -> matching.recompute(sql, connection, PROFILE_CHANGE, scope)))
                .collect()
                .asList()
                .replaceWithVoid();
    }
}
