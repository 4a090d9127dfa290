package io.switchboard.usermapping.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.DomainException;
import io.switchboard.usermapping.repository.ConnectionRepository;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.MappingRepository;
import io.switchboard.usermapping.repository.ProfileKeyRepository;
import io.switchboard.usermapping.repository.ProfileRepository;
import io.switchboard.usermapping.repository.ZoomUserRepository;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * An admin's decisions: mapping a Zoom user to a profile by hand (it wins over matching and survives re-imports and
 * email changes), removing that mapping, and switching Zoom on or off for a person. Each is matched again at once in
 * the same transaction and recorded with who made it.
 */
@ApplicationScoped
public class MappingAdmin {

    private final Pool database;
    private final ConnectionRepository connections;
    private final ZoomUserRepository users;
    private final ProfileRepository profiles;
    private final ProfileKeyRepository settings;
    private final MappingRepository mappings;
    private final MatchService matching;

    public MappingAdmin(
            Pool database,
            ConnectionRepository connections,
            ZoomUserRepository users,
            ProfileRepository profiles,
            ProfileKeyRepository settings,
            MappingRepository mappings,
            MatchService matching) {
        this.database = database;
        this.connections = connections;
        this.users = users;
        this.profiles = profiles;
        this.settings = settings;
        this.mappings = mappings;
        this.matching = matching;
    }

    /** Maps {@code zoomUserId} of {@code connectionId} to the profile; 404 when any of them is not the org's. */
    public Uni<Void> map(String orgId, String profileId, UUID connectionId, String zoomUserId, String by) {
        return database.withTransaction(sql -> target(sql, orgId, profileId, connectionId, zoomUserId)
                .call(connection -> mappings.setManual(sql, connectionId, zoomUserId, orgId, profileId, by))
                .flatMap(connection -> matching.recompute(sql, connection, by, around(zoomUserId, profileId)))
                .replaceWithVoid());
    }

    /** Removes the manual mapping; 404 when there is none for this profile. */
    public Uni<Void> unmap(String orgId, String profileId, UUID connectionId, String zoomUserId, String by) {
        return database.withTransaction(sql -> target(sql, orgId, profileId, connectionId, zoomUserId)
                .call(connection -> mappings.clearManual(sql, connectionId, zoomUserId, orgId, profileId)
                        .invoke(removed -> {
                            if (!removed) {
                                throw DomainException.notFound("Zoom user " + zoomUserId
                                        + " is not mapped by hand to profile " + profileId + ".");
                            }
                        }))
                .flatMap(connection -> matching.recompute(sql, connection, by, around(zoomUserId, profileId)))
                .replaceWithVoid());
    }

    /** Switches Zoom on or off for a person; every connection of the organisation is matched again. */
    public Uni<Void> switchZoom(String orgId, String profileId, boolean enabled, String by) {
        return database.withTransaction(sql -> requireProfile(sql, orgId, profileId)
                .call(ignored -> settings.setEnabled(sql, orgId, profileId, enabled, by))
                .flatMap(ignored -> settings.liveConnections(sql, orgId))
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(id -> connections
                        .find(sql, id)
                        .flatMap(connection -> matching.recompute(
                                sql, connection, by, MatchScope.around(List.of(), List.of(), List.of(profileId)))))
                .collect()
                .asList()
                .replaceWithVoid());
    }

    private static MatchScope around(String zoomUserId, String profileId) {
        return MatchScope.around(List.of(), List.of(zoomUserId), List.of(profileId));
    }

    private Uni<KnownConnection> target(
            SqlConnection sql, String orgId, String profileId, UUID connectionId, String zoomUserId) {
        return requireProfile(sql, orgId, profileId)
                .flatMap(ignored -> connections.findLiveInOrg(sql, orgId, connectionId))
                .onItem()
                .ifNull()
                .failWith(() -> DomainException.notFound("Connection " + connectionId + " was not found."))
                .call(connection -> users.find(sql, connectionId, zoomUserId)
                        .onItem()
                        .ifNull()
                        .failWith(() -> DomainException.notFound(
                                "Zoom user " + zoomUserId + " is not a user of connection " + connectionId + ".")));
    }

    private Uni<Object> requireProfile(SqlConnection sql, String orgId, String profileId) {
        return profiles.find(sql, orgId, profileId)
                .onItem()
                .ifNull()
                .failWith(() -> DomainException.notFound("Profile " + profileId + " was not found."))
                .map(found -> (Object) found);
    }
}
