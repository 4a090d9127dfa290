package io.switchboard.connection.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The part of {@code GET /v2/users/me} that identifies the Zoom account. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ZoomMe(String id, @JsonProperty("account_id") String accountId, String email) {}
