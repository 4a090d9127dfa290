package io.switchboard.license.service;

import java.util.UUID;

/**
 * Who acts, where, and under which request: every user action and its audit row carry it.
 *
 * @param actor the caller's JWT {@code sub}
 * @param claim the request's Idempotency-Key claim ({@link IdempotencyClaim#NONE} without a key)
 * @param reclaimId the reclaim run the action belongs to, or null for a single action
 */
public record ActionContext(String orgId, UUID connectionId, String actor, IdempotencyClaim claim, UUID reclaimId) {

    /** The context of each action of reclaim run {@code id}: the run's answer, not each action's, is stored. */
    public ActionContext inReclaim(UUID id) {
        return new ActionContext(orgId, connectionId, actor, IdempotencyClaim.NONE, id);
    }
}
