package io.switchboard.zoom.api.http;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.model.Page;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Zoom's {@code next_page_token} paging as a {@link Multi}: a page is fetched only when its items are asked for. */
public final class Pages {

    private Pages() {}

    /**
     * The items of every page: {@code fetch} gets the page of a token ({@code ""} for the first) and is called again
     * with the page's {@code next_page_token} only once the subscriber wants more than the pages so far held.
     */
    public static <T, P extends Page<T>> Multi<T> items(Function<String, Uni<P>> fetch) {
        return Multi.createFrom()
                .deferred(() -> Multi.createBy()
                        .repeating()
                        .uni(() -> new AtomicReference<>(""), next -> fetchAfter(next, fetch))
                        .whilst(Page::hasNext)
                        .onItem()
                        .transformToIterable(Page::items));
    }

    private static <T, P extends Page<T>> Uni<P> fetchAfter(
            AtomicReference<String> next, Function<String, Uni<P>> fetch) {
        return fetch.apply(next.get()).invoke(page -> next.set(page.nextPageToken()));
    }
}
