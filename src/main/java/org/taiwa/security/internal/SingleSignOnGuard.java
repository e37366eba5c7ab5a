package org.taiwa.security.internal;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of the redirect to Keycloak's sign-in: while Keycloak does not answer, the member goes to the sign-in
 * page, which says so ({@value #UNAVAILABLE_PARAMETER}), instead of to an address that does not answer.
 */
final class SingleSignOnGuard extends OncePerRequestFilter {

    /** The query parameter that makes the sign-in page explain that single sign-on is unreachable. */
    static final String UNAVAILABLE_PARAMETER = "sso-unavailable";
    static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + OidcConfiguration.REGISTRATION_ID;

    private final KeycloakReachability keycloak;

    SingleSignOnGuard(KeycloakReachability keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !AUTHORIZATION_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (keycloak.reachable()) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?" + UNAVAILABLE_PARAMETER);
        }
    }
}
