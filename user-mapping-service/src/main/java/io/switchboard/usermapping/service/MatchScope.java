package io.switchboard.usermapping.service;

import java.util.Collection;
import java.util.Set;

/**
 * What a change touched, so that matching again reads and writes only the Zoom users it can affect: every user of the
 * connection (an import, new matching rules), or those around some email keys (old and new addresses), Zoom users and
 * profiles.
 */
public record MatchScope(boolean all, Set<String> emailKeys, Set<String> zoomUserIds, Set<String> profileIds) {

    /** Every Zoom user of the connection. */
    public static MatchScope wholeConnection() {
        return new MatchScope(true, Set.of(), Set.of(), Set.of());
    }

    /** The users around these keys, users and profiles. */
    public static MatchScope around(
            Collection<String> emailKeys, Collection<String> zoomUserIds, Collection<String> profileIds) {
        return new MatchScope(false, Set.copyOf(emailKeys), Set.copyOf(zoomUserIds), Set.copyOf(profileIds));
    }
}
