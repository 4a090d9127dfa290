package io.switchboard.license.service;

import io.switchboard.license.mapping.ActionResult;

/**
 * How one attempt at a user action ended: its result, and for a failed one the problem to answer.
 *
 * @param problem the translated refusal of a failed action, null otherwise
 */
public record ActionAttempt(ActionResult result, RuntimeException problem) {

    public static ActionAttempt of(ActionResult result) {
        return new ActionAttempt(result, null);
    }

    /** The result; the problem of a failed action, thrown. */
    public ActionResult orThrow() {
        if (problem != null) {
            throw problem;
        }
        return result;
    }
}
