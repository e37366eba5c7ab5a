package org.taiwa.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.security.TooManyRequestsException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's rate limits, answered with 429 problem details and {@code Retry-After}. In the {@link Phase#ADDRESS}
 * phase, before authentication: every request per client address, and HTTP Basic for an account with too many
 * failed sign-ins; in the {@link Phase#MEMBER} phase, after it: every request per member.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    enum Phase { ADDRESS, MEMBER }

    private final RateLimits limits;
    private final JsonMapper json;
    private final Phase phase;

    ApiRateLimitFilter(RateLimits limits, JsonMapper json, Phase phase) {
        this.limits = limits;
        this.json = json;
        this.phase = phase;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            if (phase == Phase.ADDRESS) {
                limits.take(RateLimit.API_ADDRESS, request.getRemoteAddr());
                String account = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
                if (account != null) {
                    long wait = limits.secondsUntilAvailable(RateLimit.SIGN_IN_ACCOUNT, account);
                    if (wait > 0) {
                        throw new TooManyRequestsException(RateLimit.SIGN_IN_ACCOUNT, wait);
                    }
                }
            } else {
                limits.takeForCurrentMember(RateLimit.API_MEMBER);
            }
        } catch (TooManyRequestsException e) {
            refuse(json, request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    static void refuse(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
                       TooManyRequestsException e) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        ProblemDetailsSecurityHandler.write(json, request, response, e.getBody());
    }

    /** The account an HTTP Basic header names, or null (a malformed header is Spring Security's to refuse). */
    static String basicUsername(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 ? decoded.substring(0, colon) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
