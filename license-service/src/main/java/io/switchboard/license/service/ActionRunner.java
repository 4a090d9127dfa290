package io.switchboard.license.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.model.CreatedUser;
import io.switchboard.zoom.api.model.ZoomUser;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One user action from start to end: read the user from Zoom, skip with a reason when Zoom's state shows the action
 * already done, otherwise ask Zoom, and record the outcome. A refusal by Zoom is an outcome (failed, audited), not an
 * error of this service.
 */
@ApplicationScoped
public class ActionRunner {

    private final ActionZoom zoom;
    private final ActionRecorder recorder;

    public ActionRunner(ActionZoom zoom, ActionRecorder recorder) {
        this.zoom = zoom;
        this.recorder = recorder;
    }

    /** What Zoom answered to one call: its item, or its failure. */
    private record Call<T>(T item, Throwable failure) {}

    /** Attempts {@code command}; the connection is known to be the organisation's. */
    public Uni<ActionAttempt> attempt(ActionContext ctx, ActionCommand command) {
        return ask(zoom.current(ctx.connectionId(), command))
                .flatMap(before -> before.failure() != null
                        ? recorder.failed(ctx, command, ActionEffect.unchanged(command, null), before.failure())
                        : onUser(ctx, command, before.item()));
    }

    private Uni<ActionAttempt> onUser(ActionContext ctx, ActionCommand command, ZoomUser before) {
        String done = before == null ? null : command.kind().alreadyDone(before, command.licenseType());
        if (done != null) {
            return recorder.skipped(ctx, command, ActionEffect.unchanged(command, before), done)
                    .map(ActionAttempt::of);
        }
        return ask(zoom.carryOut(ctx.connectionId(), command)).flatMap(call -> finish(ctx, command, before, call));
    }

    private Uni<ActionAttempt> finish(
            ActionContext ctx, ActionCommand command, ZoomUser before, Call<CreatedUser> call) {
        if (call.failure() != null) {
            return recorder.failed(ctx, command, ActionEffect.unchanged(command, before), call.failure());
        }
        return recorder.succeeded(ctx, command, ActionEffect.of(command, before, call.item()))
                .map(ActionAttempt::of);
    }

    /** Zoom's answer to {@code call}, a failure from Zoom (or its token) included; our own failures fail the Uni. */
    private static <T> Uni<Call<T>> ask(Uni<T> call) {
        return call.map(item -> new Call<T>(item, null))
                .onFailure(ZoomProblems::fromZoom)
                .recoverWithItem(failure -> new Call<T>(null, failure));
    }
}
