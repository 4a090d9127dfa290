package io.switchboard.simulator.service;

/**
 * What a token stands for.
 *
 * @param clientId the app
 * @param accountId the Zoom account
 * @param userId the user who authorised (the account owner for Server-to-Server apps)
 * @param scopes space-separated granted scopes
 * @param grantId one authorization and every token refreshed from it: what a connection holds
 */
public record Grant(String clientId, String accountId, String userId, String scopes, String grantId) {}
