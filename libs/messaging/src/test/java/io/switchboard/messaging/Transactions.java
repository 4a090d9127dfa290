package io.switchboard.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Runs Hibernate Reactive work in a transaction on a fresh, safe Vert.x duplicated context, as a request would. */
final class Transactions {

    private Transactions() {}

    static CompletableFuture<Object> inTransaction(Vertx vertx, Supplier<Uni<?>> work) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored ->
                Panache.withTransaction(work::get).subscribe().with(result::complete, result::completeExceptionally));
        return result;
    }
}
