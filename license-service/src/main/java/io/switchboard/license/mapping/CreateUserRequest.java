package io.switchboard.license.mapping;

import io.switchboard.domain.DomainException;
import io.switchboard.zoom.api.model.LicenseType;
import io.switchboard.zoom.api.model.NewUser;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST .../zoom-accounts}: the user to invite.
 *
 * @param type Zoom's licence code: 1 Basic, 2 Licensed, 4 Unassigned without Meetings Basic, 99 None
 */
public record CreateUserRequest(
        @Schema(required = true, examples = "ada@acme.example")
        String email,

        @Schema(examples = "Ada") String firstName,
        @Schema(examples = "Lovelace") String lastName,

        @Schema(
                required = true,
                enumeration = {"1", "2", "4", "99"},
                examples = "2")
        Integer type) {

    /** The checked user; 400 problem for a missing or malformed field. */
    public NewUser user() {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 128) {
            throw DomainException.invalid("email must be an email address.");
        }
        if (longer(firstName) || longer(lastName)) {
            throw DomainException.invalid("firstName and lastName must be at most 64 characters.");
        }
        LicenseType licence = LicenseChangeRequest.licence(type);
        return NewUser.of(email.trim().toLowerCase(Locale.ROOT), licence, firstName, lastName);
    }

    private static boolean longer(String name) {
        return name != null && name.length() > 64;
    }
}
