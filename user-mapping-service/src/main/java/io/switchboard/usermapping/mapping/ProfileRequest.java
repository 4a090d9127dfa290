package io.switchboard.usermapping.mapping;

import io.switchboard.domain.DomainException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /orgs/{org}/profiles/{profileId}}. */
public record ProfileRequest(
        @Schema(required = true, examples = "grace@acme.example")
        String email,

        @Schema(examples = "Grace Hopper") String displayName,

        @Schema(description = "At most 20", examples = "[\"g.hopper@acme.example\"]")
        List<String> alternateEmails) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_ALTERNATES = 20;

    /** The request with emails trimmed and lower-cased; 400 problem when a field is missing or malformed. */
    public ProfileRequest normalised() {
        if (email == null || email.isBlank()) {
            throw DomainException.invalid("email is required.");
        }
        List<String> alternates = alternateEmails == null ? List.of() : alternateEmails;
        if (alternates.size() > MAX_ALTERNATES) {
            throw DomainException.invalid("alternateEmails holds at most " + MAX_ALTERNATES + " addresses.");
        }
        if (displayName != null && displayName.length() > 256) {
            throw DomainException.invalid("displayName is longer than 256 characters.");
        }
        return new ProfileRequest(
                checked(email, "email"),
                displayName,
                alternates.stream()
                        .map(a -> checked(a, "alternateEmails"))
                        .distinct()
                        .toList());
    }

    private static String checked(String address, String field) {
        String trimmed = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
        if (trimmed.length() > 320 || !EMAIL.matcher(trimmed).matches()) {
            throw DomainException.invalid(field + " must hold valid email addresses.");
        }
        return trimmed;
    }
}
