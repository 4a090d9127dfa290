package io.switchboard.activity.rest;

import io.switchboard.domain.DomainException;
import io.switchboard.security.Caller;

/**
 * Who reads whose activity: owners, executives and admins read everyone's in their organisation; a member reads only
 * their own, the profile whose id is their token's {@code sub} (the organisation's identity provider issues the
 * person's id as the subject, as it does for the profiles it publishes).
 */
final class PersonAccess {

    private PersonAccess() {}

    static boolean everyone(Caller caller, String org) {
        return caller.mayWrite(org);
    }

    static void requireSelfOrEveryone(Caller caller, String org, String profileId) {
        if (!everyone(caller, org) && !profileId.equals(caller.subject())) {
            throw DomainException.forbidden(
                    "Members read their own activity only; another person's needs the owner, executive or admin role.");
        }
    }

    static void requireEveryone(Caller caller, String org) {
        if (!everyone(caller, org)) {
            throw DomainException.forbidden(
                    "The organisation's activity needs the owner, executive or admin role; members read their own"
                            + " timeline.");
        }
    }
}
