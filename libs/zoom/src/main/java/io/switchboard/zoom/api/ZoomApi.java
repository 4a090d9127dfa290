package io.switchboard.zoom.api;

import io.switchboard.zoom.api.auth.AccessTokens;
import io.switchboard.zoom.api.http.ZoomCaller;
import io.switchboard.zoom.api.http.ZoomTransport;
import io.switchboard.zoom.api.rate.Backoff;
import io.switchboard.zoom.api.rate.RateBudget;
import io.vertx.mutiny.core.Vertx;

/**
 * The Zoom REST API client of every Switchboard service. Every call is made for a connection: its access token comes
 * from {@link AccessTokens} (connection-service), it waits for the rate budget of the token's Zoom account, and Zoom's
 * errors arrive as typed {@link io.switchboard.zoom.api.error.ZoomApiException}s (token failures as {@link
 * io.switchboard.zoom.api.auth.AccessTokenException}s). Results arrive on the caller's Vert.x context when it has one,
 * as Hibernate Reactive needs. Plain Java: a service builds one with its Vert.x and closes it on shutdown.
 */
public final class ZoomApi implements AutoCloseable {

    private final ZoomTransport transport;
    private final RateBudget budget;
    private final UsersApi users;
    private final AccountsApi accounts;
    private final ReportsApi reports;
    private final PastMeetingsApi pastMeetings;
    private final PhoneApi phone;
    private final WebinarsApi webinars;

    private ZoomApi(ZoomTransport transport, RateBudget budget, ZoomCaller caller, int pageSize) {
        this.transport = transport;
        this.budget = budget;
        this.users = new UsersApi(caller, pageSize);
        this.accounts = new AccountsApi(caller);
        this.reports = new ReportsApi(caller, pageSize);
        this.pastMeetings = new PastMeetingsApi(caller, pageSize);
        this.phone = new PhoneApi(caller, pageSize);
        this.webinars = new WebinarsApi(caller, pageSize);
    }

    /** A client on {@code vertx} with its own rate budget. */
    public static ZoomApi create(Vertx vertx, ZoomApiSettings settings, AccessTokens tokens) {
        return create(
                vertx, settings, tokens, RateBudget.of(settings.plan(), settings.budgetShare(), settings.dailyCap()));
    }

    /** A client on {@code vertx} spending {@code budget}, which clients of one process may share. */
    public static ZoomApi create(Vertx vertx, ZoomApiSettings settings, AccessTokens tokens, RateBudget budget) {
        ZoomTransport transport =
                new ZoomTransport(vertx, settings.baseUrl(), settings.connectTimeout(), settings.requestTimeout());
        Backoff backoff = new Backoff(settings.backoffBase(), settings.backoffMax());
        ZoomCaller caller = new ZoomCaller(vertx, transport, tokens, budget, backoff, settings.maxRateLimitRetries());
        return new ZoomApi(transport, budget, caller, settings.pageSize());
    }

    /** Users: list, get, create, status, delete, licence type, summary. */
    public UsersApi users() {
        return users;
    }

    /** Plan usage and roles. */
    public AccountsApi accounts() {
        return accounts;
    }

    /** The users report and a host's past meetings. */
    public ReportsApi reports() {
        return reports;
    }

    /** Participants and instances of past meetings. */
    public PastMeetingsApi pastMeetings() {
        return pastMeetings;
    }

    /** Zoom Phone's call history. */
    public WebinarsApi webinars() {
        return webinars;
    }

    public PhoneApi phone() {
        return phone;
    }

    /** The rate budget, for example to set an account's plan once it is known. */
    public RateBudget budget() {
        return budget;
    }

    @Override
    public void close() {
        transport.close();
    }
}
