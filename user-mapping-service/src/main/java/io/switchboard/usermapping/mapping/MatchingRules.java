package io.switchboard.usermapping.mapping;

import io.switchboard.domain.DomainException;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation's optional email matching rules, the body and answer of {@code /orgs/{org}/matching-rules}.
 *
 * @param plusAddressing whether {@code a+tag@x} matches {@code a@x}
 * @param domainAliases alias domain to canonical domain, for example {@code {"acme.co.uk": "acme.com"}}
 */
public record MatchingRules(
        @Schema(examples = "true") Boolean plusAddressing,
        @Schema(examples = "{\"acme.co.uk\": \"acme.com\"}") Map<String, String> domainAliases) {

    private static final Pattern DOMAIN = Pattern.compile("^[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_ALIASES = 100;

    /** The rules with defaults filled in; 400 when a domain is not one. */
    public MatchingRules checked() {
        Map<String, String> aliases = domainAliases == null ? Map.of() : domainAliases;
        if (aliases.size() > MAX_ALIASES) {
            throw DomainException.invalid("domainAliases holds at most " + MAX_ALIASES + " domains.");
        }
        aliases.forEach((alias, canonical) -> {
            if (alias == null
                    || canonical == null
                    || !DOMAIN.matcher(alias).matches()
                    || !DOMAIN.matcher(canonical).matches()) {
                throw DomainException.invalid(
                        "domainAliases must map domains to domains, like {\"acme.co.uk\": \"acme.com\"}.");
            }
        });
        return new MatchingRules(plusAddressing != null && plusAddressing, aliases);
    }
}
