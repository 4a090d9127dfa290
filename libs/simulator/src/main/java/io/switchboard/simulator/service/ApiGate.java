package io.switchboard.simulator.service;

/** What every Zoom API call passes first: a valid Bearer token, then the account's rate limit for its category. */
public class ApiGate {

    private final OAuthServer oauth;
    private final RateLimiter limits;

    public ApiGate(OAuthServer oauth, RateLimiter limits) {
        this.oauth = oauth;
        this.limits = limits;
    }

    /** The token's grant; Zoom's 401 (code 124) for a missing or invalid token, 429 past the limit. */
    public Grant enter(String authorization, RateLimiter.Category category) {
        Grant grant = authorization != null && authorization.startsWith("Bearer ")
                ? oauth.bearer(authorization.substring(7).trim())
                : null;
        if (grant == null) {
            throw new ApiError(401, 124, "Invalid access token.");
        }
        limits.acquire(grant.accountId(), category);
        return grant;
    }
}
