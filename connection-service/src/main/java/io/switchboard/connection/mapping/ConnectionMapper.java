package io.switchboard.connection.mapping;

import io.switchboard.connection.repository.ConnectionEntity;

/** Maps connection entities to API records. */
public final class ConnectionMapper {

    private ConnectionMapper() {}

    public static ConnectionView toView(ConnectionEntity entity) {
        return new ConnectionView(
                entity.id,
                entity.orgId,
                entity.type,
                entity.status,
                entity.zoomAccountId,
                entity.grantedScopes,
                entity.missingScopes,
                entity.createdAt,
                entity.lastRefreshAt,
                entity.lastError);
    }
}
