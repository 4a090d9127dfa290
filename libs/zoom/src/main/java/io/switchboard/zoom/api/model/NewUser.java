package io.switchboard.zoom.api.model;

/**
 * The {@code user_info} of {@code POST /users}.
 *
 * @param type the licence type's code (see {@link LicenseType})
 */
public record NewUser(String email, int type, String firstName, String lastName) {

    /** A user of licence {@code type}. */
    public static NewUser of(String email, LicenseType type, String firstName, String lastName) {
        return new NewUser(email, type.code(), firstName, lastName);
    }
}
