package io.switchboard.activity.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/** Runs an action on each item one after another, in order (as a transaction's statements must run). */
final class InOrder {

    private InOrder() {}

    static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> action) {
        return Multi.createFrom()
                .iterable(items)
                .onItem()
                .transformToUniAndConcatenate(item -> action.apply(item))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
