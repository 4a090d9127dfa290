package io.switchboard.zoom.api.model;

import java.util.List;

/** {@code GET /roles}. */
public record RoleList(int totalRecords, List<Role> roles) {

    public RoleList {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
