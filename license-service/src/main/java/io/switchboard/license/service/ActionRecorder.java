package io.switchboard.license.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.ActionResult;
import io.switchboard.license.mapping.ActionResult.ZoomAnswer;
import io.switchboard.license.mapping.AuditEntry;
import io.switchboard.license.messaging.LicenseActionEvents;
import io.switchboard.license.messaging.LicenseActionEvents.ActionPayload;
import io.switchboard.license.repository.LicenseActionRepository;
import io.switchboard.license.repository.ZoomAccountWrites;
import io.switchboard.license.repository.ZoomAccountWrites.Invited;
import io.switchboard.messaging.Outbox;
import io.switchboard.messaging.OutboxEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records how each user action ended, each in one transaction: a done action changes the local user, writes its audit
 * row, appends its event to the outbox and stores the request's idempotent answer together; a skipped one is audited
 * (and its answer stored), a failed one audited with Zoom's answer.
 */
@ApplicationScoped
public class ActionRecorder {

    private final Pool database;
    private final LicenseActionRepository audit;
    private final ZoomAccountWrites accounts;
    private final LicenseActionEvents events;
    private final Outbox outbox;

    public ActionRecorder(
            Pool database,
            LicenseActionRepository audit,
            ZoomAccountWrites accounts,
            LicenseActionEvents events,
            Outbox outbox) {
        this.database = database;
        this.audit = audit;
        this.accounts = accounts;
        this.events = events;
        this.outbox = outbox;
    }

    /** Zoom did {@code command}, leaving the user as {@code effect} says. */
    public Uni<ActionResult> succeeded(ActionContext ctx, ActionCommand command, ActionEffect effect) {
        AuditEntry entry = entry(ctx, command, effect, ActionOutcome.SUCCEEDED, command.detail(), null);
        return database.withTransaction(sql -> audit.insert(sql, ctx.orgId(), entry)
                .call(() -> localChange(sql, ctx, command, effect))
                .call(at -> outbox.appendAll(sql, List.of(event(ctx, command, effect, entry, at))))
                .map(at -> result(entry, effect, null, at))
                .call(result -> ctx.claim().complete(sql, result)));
    }

    /** Nothing was asked of Zoom, for {@code reason}. */
    public Uni<ActionResult> skipped(ActionContext ctx, ActionCommand command, ActionEffect effect, String reason) {
        AuditEntry entry = entry(ctx, command, effect, ActionOutcome.SKIPPED, reason, null);
        return database.withTransaction(sql -> audit.insert(sql, ctx.orgId(), entry)
                .map(at -> result(entry, effect, null, at))
                .call(result -> ctx.claim().complete(sql, result)));
    }

    /** Zoom refused or did not answer with {@code failure}; the attempt carries the problem to answer. */
    public Uni<ActionAttempt> failed(ActionContext ctx, ActionCommand command, ActionEffect effect, Throwable failure) {
        ZoomAnswer zoom = ZoomProblems.answer(failure);
        RuntimeException problem = ZoomProblems.problem(failure);
        AuditEntry entry = entry(ctx, command, effect, ActionOutcome.FAILED, problem.getMessage(), zoom);
        return database.withTransaction(sql -> audit.insert(sql, ctx.orgId(), entry))
                .map(at -> new ActionAttempt(result(entry, effect, zoom, at), problem));
    }

    private Uni<Void> localChange(SqlConnection sql, ActionContext ctx, ActionCommand command, ActionEffect effect) {
        UUID connection = ctx.connectionId();
        String key = effect.directoryKey();
        return switch (command.kind()) {
            case CREATE -> accounts.created(sql, invited(ctx, command, effect));
            case DEACTIVATE, ACTIVATE -> accounts.status(sql, connection, key, effect.status());
            case CHANGE_LICENSE -> accounts.licenseType(sql, connection, key, effect.licenseType());
            case DISASSOCIATE, DELETE -> accounts.remove(sql, connection, key);
        };
    }

    private static Invited invited(ActionContext ctx, ActionCommand command, ActionEffect effect) {
        return new Invited(
                ctx.connectionId(),
                effect.directoryKey(),
                ctx.orgId(),
                effect.email(),
                command.newUser().firstName(),
                command.newUser().lastName(),
                effect.licenseType(),
                effect.status());
    }

    private OutboxEvent event(
            ActionContext ctx, ActionCommand command, ActionEffect effect, AuditEntry entry, Instant at) {
        ActionPayload payload = new ActionPayload(
                entry.actionId(),
                ctx.orgId(),
                ctx.connectionId(),
                effect.directoryKey(),
                effect.zoomId(),
                effect.email(),
                command.kind().wire(),
                effect.status(),
                command.licenseType(),
                ctx.actor(),
                ctx.reclaimId(),
                at);
        return events.done(command.kind().eventType(), payload);
    }

    private static AuditEntry entry(
            ActionContext ctx,
            ActionCommand command,
            ActionEffect effect,
            ActionOutcome outcome,
            String detail,
            ZoomAnswer zoom) {
        return new AuditEntry(
                UUID.randomUUID(),
                ctx.connectionId(),
                effect.zoomId(),
                effect.email(),
                command.kind().wire(),
                detail,
                outcome.wire(),
                zoom == null ? null : zoom.status(),
                zoom == null ? null : zoom.code(),
                zoom == null ? null : zoom.message(),
                ctx.actor(),
                ctx.claim().key(),
                ctx.reclaimId(),
                null);
    }

    private static ActionResult result(AuditEntry entry, ActionEffect effect, ZoomAnswer zoom, Instant at) {
        String reason = "succeeded".equals(entry.outcome()) ? null : entry.detail();
        return new ActionResult(
                entry.actionId(),
                entry.action(),
                entry.outcome(),
                reason,
                effect.zoomId(),
                effect.email(),
                effect.status(),
                effect.licenseType(),
                zoom,
                at);
    }
}
