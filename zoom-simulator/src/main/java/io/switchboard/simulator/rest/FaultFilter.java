package io.switchboard.simulator.rest;

import io.smallrye.mutiny.Uni;
import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.Faults;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Applies the injected faults to {@code /v2/*} and {@code /oauth/token}, before the real handler runs. */
public class FaultFilter {

    private final Faults faults;

    public FaultFilter(Faults faults) {
        this.faults = faults;
    }

    @ServerRequestFilter
    public Uni<Response> inject(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/v2/") && !path.startsWith("/oauth/token")) {
            return Uni.createFrom().nullItem();
        }
        Faults.Settings settings = faults.current();
        Uni<Void> delay = settings.latencyMs() == 0
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(settings.latencyMs()));
        return delay.map(ignored -> {
            ApiError error = faults.errorFor();
            if (error == null) {
                return null;
            }
            return Response.status(error.status())
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("code", error.code(), "message", error.getMessage()))
                    .build();
        });
    }
}
