package io.switchboard.zoom.api;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.http.CallerContext;
import io.switchboard.zoom.api.http.Endpoint;
import io.switchboard.zoom.api.http.Pages;
import io.switchboard.zoom.api.http.ZoomCaller;
import io.switchboard.zoom.api.http.ZoomRequest;
import io.switchboard.zoom.api.model.CallHistoryPage;
import io.switchboard.zoom.api.model.CallRecord;
import java.time.LocalDate;
import java.util.UUID;

/** Zoom Phone for a connection: the account's call history (Heavy, on Zoom Phone's own rate table). */
public final class PhoneApi {

    private final ZoomCaller caller;
    private final int pageSize;

    PhoneApi(ZoomCaller caller, int pageSize) {
        this.caller = caller;
        this.pageSize = pageSize;
    }

    /** The account's calls from {@code from} to {@code to} ({@code GET /phone/call_history}). */
    public Multi<CallRecord> callHistory(UUID connectionId, LocalDate from, LocalDate to) {
        return CallerContext.deliver(Pages.items(token -> callHistoryPage(connectionId, from, to, token)));
    }

    /** One page of the call history. */
    public Uni<CallHistoryPage> callHistoryPage(UUID connectionId, LocalDate from, LocalDate to, String pageToken) {
        ZoomRequest request = ZoomRequest.of(Endpoint.PHONE_CALL_HISTORY)
                .query("from", from)
                .query("to", to)
                .query("page_size", pageSize)
                .query("next_page_token", pageToken);
        return caller.call(connectionId, request, CallHistoryPage.class);
    }
}
