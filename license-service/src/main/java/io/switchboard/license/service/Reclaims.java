package io.switchboard.license.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.ActionResult;
import io.switchboard.license.mapping.ReclaimAction;
import io.switchboard.license.mapping.ReclaimReport;
import io.switchboard.license.mapping.ReclaimRequest.Order;
import io.switchboard.license.mapping.ReclaimTarget;
import io.switchboard.license.repository.ZoomAccountRepository;
import io.switchboard.zoom.api.model.LicenseType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Reclaims licences: a plan first (who, what, seats freed, from this service's own state, no Zoom call), and when
 * run for real each planned user acted on once, in order: Zoom's state is read again first, so a user whose state
 * changed since the plan (already deactivated, already Basic) is reported skipped, not acted on twice.
 */
@ApplicationScoped
public class Reclaims {

    private final Pool database;
    private final ZoomAccountRepository accounts;
    private final UnusedLicenceService unused;
    private final LicenseActions actions;
    private final ActionRunner runner;
    private final ActionRecorder recorder;

    public Reclaims(
            Pool database,
            ZoomAccountRepository accounts,
            UnusedLicenceService unused,
            LicenseActions actions,
            ActionRunner runner,
            ActionRecorder recorder) {
        this.database = database;
        this.accounts = accounts;
        this.unused = unused;
        this.actions = actions;
        this.runner = runner;
        this.recorder = recorder;
    }

    /** The plan of {@code order}, and its outcomes unless a dry run; 404 when the connection is not the org's. */
    public Uni<ReclaimReport> reclaim(ActionContext ctx, Order order) {
        return chosen(ctx, order)
                .flatMap(ids -> plan(ctx, order.action(), ids))
                .flatMap(plan -> order.dryRun() ? Uni.createFrom().item(dryRun(order, plan)) : run(ctx, order, plan));
    }

    private Uni<List<String>> chosen(ActionContext ctx, Order order) {
        if (order.zoomUserIds() != null) {
            return actions.requireConnection(ctx.orgId(), ctx.connectionId()).replaceWith(order.zoomUserIds());
        }
        return unused.ids(ctx.orgId(), ctx.connectionId(), order.fromUnused());
    }

    private Uni<List<ReclaimTarget>> plan(ActionContext ctx, ReclaimAction action, List<String> ids) {
        return database.withConnection(sql -> Multi.createFrom()
                .iterable(ids)
                .onItem()
                .transformToUniAndConcatenate(id -> accounts.find(sql, ctx.orgId(), ctx.connectionId(), id)
                        .map(row -> ReclaimPlanning.target(action, id, row)))
                .collect()
                .asList());
    }

    private static ReclaimReport dryRun(Order order, List<ReclaimTarget> plan) {
        int planned = (int) plan.stream().filter(ReclaimTarget::willAct).count();
        int seats = (int) plan.stream().filter(ReclaimTarget::freesSeat).count();
        return new ReclaimReport(null, true, order.action().wire(), planned, seats, 0, 0, 0, plan, List.of());
    }

    private Uni<ReclaimReport> run(ActionContext ctx, Order order, List<ReclaimTarget> plan) {
        ActionContext run = ctx.inReclaim(UUID.randomUUID());
        return Multi.createFrom()
                .iterable(plan)
                .onItem()
                .transformToUniAndConcatenate(target -> act(run, order.action(), target))
                .collect()
                .asList()
                .map(results -> report(run.reclaimId(), order, plan, results));
    }

    private Uni<ActionResult> act(ActionContext run, ReclaimAction action, ReclaimTarget target) {
        ActionCommand command = command(action, target.zoomUserId());
        if (!target.willAct()) {
            ActionEffect effect =
                    ActionEffect.planned(target.zoomUserId(), target.email(), target.status(), target.licenseType());
            return recorder.skipped(run, command, effect, target.reason());
        }
        return runner.attempt(run, command).map(ActionAttempt::result);
    }

    static ActionCommand command(ReclaimAction action, String zoomUserId) {
        return switch (action) {
            case DOWNGRADE -> ActionCommand.changeLicense(zoomUserId, LicenseType.BASIC);
            case DEACTIVATE -> ActionCommand.deactivate(zoomUserId);
        };
    }

    private static ReclaimReport report(
            UUID reclaimId, Order order, List<ReclaimTarget> plan, List<ActionResult> results) {
        int seats = 0;
        for (int n = 0; n < plan.size(); n++) {
            if (plan.get(n).freesSeat() && succeeded(results.get(n))) {
                seats++;
            }
        }
        int planned = (int) plan.stream().filter(ReclaimTarget::willAct).count();
        return new ReclaimReport(
                reclaimId,
                false,
                order.action().wire(),
                planned,
                seats,
                count(results, ActionOutcome.SUCCEEDED),
                count(results, ActionOutcome.SKIPPED),
                count(results, ActionOutcome.FAILED),
                plan,
                results);
    }

    private static boolean succeeded(ActionResult result) {
        return ActionOutcome.SUCCEEDED.wire().equals(result.outcome());
    }

    private static int count(List<ActionResult> results, ActionOutcome outcome) {
        return (int) results.stream()
                .filter(result -> outcome.wire().equals(result.outcome()))
                .count();
    }
}
