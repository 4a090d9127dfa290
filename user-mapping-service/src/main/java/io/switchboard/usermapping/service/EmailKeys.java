package io.switchboard.usermapping.service;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns email addresses into matching keys: trimmed, Unicode NFKC, case-folded, and, when the organisation asks for
 * it, without plus-addressing ({@code a+zoom@x} is {@code a@x}) and with alias domains replaced by their canonical
 * domain ({@code acme.co.uk} is {@code acme.com}). Two addresses match when their keys are equal.
 */
public final class EmailKeys {

    private EmailKeys() {}

    /**
     * An organisation's matching rules.
     *
     * @param plusAddressing whether {@code local+tag@domain} counts as {@code local@domain}
     * @param domainAliases alias domain to canonical domain
     */
    public record Rules(boolean plusAddressing, Map<String, String> domainAliases) {

        /** Exact addresses only. */
        public static final Rules NONE = new Rules(false, Map.of());

        public Rules {
            domainAliases = domainAliases == null
                    ? Map.of()
                    : domainAliases.entrySet().stream()
                            .collect(Collectors.toUnmodifiableMap(
                                    entry -> fold(entry.getKey()), entry -> fold(entry.getValue()), (a, b) -> a));
        }
    }

    /** The key of {@code email}, or null when it is not an address. */
    public static String key(String email, Rules rules) {
        if (email == null) {
            return null;
        }
        String folded = fold(email);
        int at = folded.lastIndexOf('@');
        if (at <= 0 || at == folded.length() - 1) {
            return null;
        }
        String local = folded.substring(0, at);
        String domain = folded.substring(at + 1);
        if (rules.plusAddressing()) {
            int plus = local.indexOf('+');
            if (plus > 0) {
                local = local.substring(0, plus);
            }
        }
        return local + "@" + rules.domainAliases().getOrDefault(domain, domain);
    }

    /** The distinct keys of {@code emails}, in order; addresses that are not addresses are left out. */
    public static Set<String> keys(Collection<String> emails, Rules rules) {
        return emails.stream()
                .map(email -> key(email, rules))
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Trim, NFKC, then case folding (upper then lower case, so that {@code ß} and {@code SS} fold alike). */
    static String fold(String value) {
        String normal = Normalizer.normalize(value.trim(), Normalizer.Form.NFKC);
        return normal.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
