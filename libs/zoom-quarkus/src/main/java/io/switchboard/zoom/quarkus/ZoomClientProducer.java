package io.switchboard.zoom.quarkus;

import io.switchboard.zoom.api.ZoomApi;
import io.switchboard.zoom.api.ZoomApiSettings;
import io.switchboard.zoom.api.auth.AccessTokens;
import io.switchboard.zoom.api.auth.ConnectionServiceSettings;
import io.switchboard.zoom.api.auth.ConnectionServiceTokens;
import io.switchboard.zoom.api.rate.RateBudget;
import io.switchboard.zoom.api.rate.ZoomPlan;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Zoom client of a service that reaches Zoom through connection-service's access tokens (DESIGN.md section 1):
 * {@link AccessTokens} from {@code switchboard.connection-service.url}, authenticated with {@link ServiceTokens},
 * and {@link ZoomApi} on {@code switchboard.zoom.api-base-url}.
 */
@ApplicationScoped
public class ZoomClientProducer {

    private static final String ACCOUNT_PLANS = "switchboard.zoom.account-plans.";

    @Produces
    @Singleton
    ConnectionServiceTokens accessTokens(
            Vertx vertx,
            @ConfigProperty(name = "switchboard.connection-service.url") String connectionService,
            ServiceTokens serviceTokens) {
        return new ConnectionServiceTokens(
                vertx, ConnectionServiceSettings.defaults(connectionService), serviceTokens::bearer);
    }

    /**
     * The client, with the rate budget of the default plan ({@code switchboard.zoom.plan}, Pro when unset: the safe
     * choice) and of the accounts whose plan is known ({@code switchboard.zoom.account-plans.<accountId>}).
     */
    @Produces
    @Singleton
    ZoomApi zoom(
            Vertx vertx,
            @ConfigProperty(name = "switchboard.zoom.api-base-url", defaultValue = ZoomApiSettings.DEFAULT_BASE_URL)
                    String api,
            @ConfigProperty(name = "switchboard.zoom.plan", defaultValue = "pro") String plan,
            Config config,
            ConnectionServiceTokens tokens) {
        ZoomApiSettings settings = ZoomApiSettings.defaults(api).withPlan(ZoomPlan.parse(plan), 0);
        RateBudget budget = RateBudget.of(settings.plan(), settings.budgetShare(), settings.dailyCap());
        accountPlans(config).forEach(budget::plan);
        return ZoomApi.create(vertx, settings, tokens, budget);
    }

    /** {@code switchboard.zoom.account-plans.<accountId>=pro|business}, by account id. */
    static Map<String, ZoomPlan> accountPlans(Config config) {
        Map<String, ZoomPlan> plans = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(ACCOUNT_PLANS)) {
                plans.put(name.substring(ACCOUNT_PLANS.length()), ZoomPlan.parse(config.getValue(name, String.class)));
            }
        }
        return plans;
    }

    void close(@Disposes ZoomApi zoom) {
        zoom.close();
    }

    void close(@Disposes ConnectionServiceTokens tokens) {
        tokens.close();
    }
}
