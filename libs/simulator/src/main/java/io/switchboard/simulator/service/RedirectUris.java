package io.switchboard.simulator.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * Whether a redirect URI is one an app registered. Registered entries are prefixes (the local stack's ports vary), so
 * a match must end on a boundary, and URIs with user info or a fragment never match: {@code
 * http://localhost:@evil.example/} only looks like a loopback address.
 */
final class RedirectUris {

    private RedirectUris() {}

    static boolean allowed(List<String> prefixes, String redirectUri) {
        if (redirectUri == null) {
            return false;
        }
        try {
            URI uri = new URI(redirectUri);
            if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                return false;
            }
        } catch (URISyntaxException e) {
            return false;
        }
        return prefixes.stream().anyMatch(prefix -> matches(prefix, redirectUri));
    }

    private static boolean matches(String prefix, String uri) {
        if (!uri.startsWith(prefix)) {
            return false;
        }
        if (uri.length() == prefix.length() || prefix.endsWith("/") || prefix.endsWith(":")) {
            return true;
        }
        char next = uri.charAt(prefix.length());
        return next == '/' || next == '?';
    }
}
