package org.taiwa.security.internal;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * The development sign-in form's limits: every attempt per client address, and attempts on an account with too
 * many failed sign-ins ({@link SignInFailures} counts them). A browser is sent back to the sign-in page, which
 * says how long to wait; any other client gets 429 problem details. Both carry {@code Retry-After}. (With single
 * sign-on, Keycloak's brute-force detection guards its own sign-in page.)
 */
final class SignInRateLimitFilter extends OncePerRequestFilter {

    static final String PATH = "/login";

    private final RateLimits limits;
    private final JsonMapper json;

    SignInRateLimitFilter(RateLimits limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limits.take(RateLimit.SIGN_IN_ADDRESS, request.getRemoteAddr());
            String account = request.getParameter("username");
            long wait = account == null ? 0 : limits.secondsUntilAvailable(RateLimit.SIGN_IN_ACCOUNT, account);
            if (wait > 0) {
                throw new TooManyRequestsException(RateLimit.SIGN_IN_ACCOUNT, wait);
            }
        } catch (TooManyRequestsException e) {
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
                response.sendRedirect(request.getContextPath() + PATH + "?blocked=" + e.retryAfterSeconds());
            } else {
                ApiRateLimitFilter.refuse(json, request, response, e);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
