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
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Zoom client of a service that reaches Zoom through connection-service's access tokens (DESIGN.md section 1):
 * {@link AccessTokens} from {@code switchboard.connection-service.url}, authenticated with {@link ServiceTokens},
 * and {@link ZoomApi} on {@code switchboard.zoom.api-base-url}.
 */
@ApplicationScoped
public class ZoomClientProducer {

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
     * choice) and the accounts known to be on Business or above ({@code switchboard.zoom.business-accounts}, a
     * comma-separated list of Zoom account ids, also as {@code SWITCHBOARD_ZOOM_BUSINESS_ACCOUNTS}), spending
     * {@code switchboard.zoom.budget-share} (0.8) of Zoom's rates: Zoom's limits are per account, shared with every
     * other app and replica on it.
     */
    @Produces
    @Singleton
    ZoomApi zoom(
            Vertx vertx,
            @ConfigProperty(name = "switchboard.zoom.api-base-url", defaultValue = ZoomApiSettings.DEFAULT_BASE_URL)
                    String api,
            @ConfigProperty(name = "switchboard.zoom.plan", defaultValue = "pro") String plan,
            @ConfigProperty(name = "switchboard.zoom.business-accounts") Optional<List<String>> businessAccounts,
            @ConfigProperty(name = "switchboard.zoom.budget-share", defaultValue = "0.8") double budgetShare,
            ConnectionServiceTokens tokens) {
        ZoomApiSettings settings =
                ZoomApiSettings.defaults(api).withPlan(ZoomPlan.parse(plan), 0).withBudgetShare(budgetShare);
        RateBudget budget = RateBudget.of(settings.plan(), settings.budgetShare(), settings.dailyCap());
        businessAccounts.orElse(List.of()).forEach(account -> budget.plan(account.trim(), ZoomPlan.BUSINESS));
        return ZoomApi.create(vertx, settings, tokens, budget);
    }

    void close(@Disposes ZoomApi zoom) {
        zoom.close();
    }

    void close(@Disposes ConnectionServiceTokens tokens) {
        tokens.close();
    }
}
