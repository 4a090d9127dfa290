package io.switchboard.simulator;

import io.switchboard.simulator.service.AccountPlans;
import io.switchboard.simulator.service.ApiCounters;
import io.switchboard.simulator.service.ApiGate;
import io.switchboard.simulator.service.Directory;
import io.switchboard.simulator.service.Faults;
import io.switchboard.simulator.service.History;
import io.switchboard.simulator.service.Licences;
import io.switchboard.simulator.service.OAuthServer;
import io.switchboard.simulator.service.PageTokens;
import io.switchboard.simulator.service.RateLimiter;
import io.switchboard.simulator.traffic.TrafficGenerator;
import io.switchboard.simulator.traffic.UrlValidationCheck;
import java.time.Clock;

/**
 * One simulated Zoom: its OAuth server, accounts (directory and past activity), rate limits, faults and traffic
 * generator, all in memory. {@link io.switchboard.simulator.http.SimulatorRoutes} serves it over HTTP.
 */
public final class ZoomSimulator implements AutoCloseable {

    private final SimulatorSettings settings;
    private final OAuthServer oauth;
    private final Directory directory;
    private final History history;
    private final Faults faults = new Faults();
    private final ApiGate gate;
    private final TrafficGenerator traffic;
    private final UrlValidationCheck validation = new UrlValidationCheck();
    private final PageTokens pages;
    private final AccountPlans plans;
    private final Licences licences;
    private final ApiCounters apiCounters = new ApiCounters();

    public ZoomSimulator(SimulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** A simulator whose rate limits count time by {@code clock}. */
    public ZoomSimulator(SimulatorSettings settings, Clock clock) {
        this.settings = settings;
        this.oauth = new OAuthServer(settings);
        this.directory = new Directory(settings.usersPerAccount());
        this.history = new History(directory);
        this.gate = new ApiGate(oauth, new RateLimiter(settings.plan(), settings.effectiveDailyCap(), clock));
        this.traffic = new TrafficGenerator(directory, history);
        this.pages = new PageTokens(clock);
        this.plans = new AccountPlans(settings.seats());
        this.licences = new Licences(directory, plans);
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public OAuthServer oauth() {
        return oauth;
    }

    public Directory directory() {
        return directory;
    }

    public History history() {
        return history;
    }

    public Faults faults() {
        return faults;
    }

    public ApiGate gate() {
        return gate;
    }

    public TrafficGenerator traffic() {
        return traffic;
    }

    /** Paging of the reports and the call history. */
    public PageTokens pages() {
        return pages;
    }

    /** Each account's seats, and whether it is a master account. */
    public AccountPlans plans() {
        return plans;
    }

    /** Plan usage and the user summary of each account. */
    public Licences licences() {
        return licences;
    }

    /** What the REST API answered, by status and account. */
    public ApiCounters apiCounters() {
        return apiCounters;
    }

    public UrlValidationCheck validation() {
        return validation;
    }

    /** Stops the traffic generator's deliveries. */
    @Override
    public void close() {
        traffic.close();
    }
}
