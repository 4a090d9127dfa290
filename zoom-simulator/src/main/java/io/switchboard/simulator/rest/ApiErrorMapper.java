package io.switchboard.simulator.rest;

import io.switchboard.simulator.service.ApiError;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers API errors with Zoom's body, {@code {code, message}}. */
public class ApiErrorMapper {

    @ServerExceptionMapper
    public RestResponse<Map<String, Object>> apiError(ApiError error) {
        return RestResponse.ResponseBuilder.<Map<String, Object>>create(error.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("code", error.code(), "message", error.getMessage()))
                .build();
    }
}
