package io.switchboard.zoom.api.http;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Executor;

/**
 * Delivers results on the Vert.x context of whoever subscribed, when there is one: a call hops between threads (the
 * token fetch, the rate budget's timers, the HTTP answer), and callers such as Hibernate Reactive must continue on
 * their own (duplicated) context. Callers without a context get results on whatever thread produced them.
 */
public final class CallerContext {

    private CallerContext() {}

    /** {@code uni}, whose item or failure arrives on the subscriber's Vert.x context. */
    public static <T> Uni<T> deliver(Uni<T> uni) {
        return Uni.createFrom().deferred(() -> {
            Executor caller = callerExecutor();
            return caller == null ? uni : uni.emitOn(caller);
        });
    }

    /** {@code multi}, whose items, failure and completion arrive on the subscriber's Vert.x context. */
    public static <T> Multi<T> deliver(Multi<T> multi) {
        return Multi.createFrom().deferred(() -> {
            Executor caller = callerExecutor();
            return caller == null ? multi : multi.emitOn(caller);
        });
    }

    private static Executor callerExecutor() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return null;
        }
        return command -> context.runOnContext(ignored -> command.run());
    }
}
