package io.switchboard.zoom.api;

import io.switchboard.zoom.api.model.NewUser;

/** The request bodies of the users endpoints, as Zoom names their fields. */
final class UserRequests {

    private UserRequests() {}

    /** {@code POST /users}: {@code {action, user_info}}. */
    record Create(String action, NewUser userInfo) {}

    /** {@code PUT /users/{id}/status}: {@code {action}}. */
    record StatusChange(String action) {}

    /** {@code PATCH /users/{id}} of the licence type: {@code {type}}. */
    record LicenceChange(int type) {}
}
