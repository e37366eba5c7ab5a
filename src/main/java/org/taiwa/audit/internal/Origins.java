package org.taiwa.audit.internal;

import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request came from: the client address Spring Security noted in the authentication's details,
 * else the address of the request being handled. Behind a proxy this is the proxy's address unless
 * {@code server.forward-headers-strategy} is set.
 */
final class Origins {

    private Origins() {
    }

    static String of(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return currentRequest() == null ? "" : of(currentRequest());
    }

    static String of(HttpServletRequest request) {
        return Objects.requireNonNullElse(request.getRemoteAddr(), "");
    }

    /** The request this thread is handling, or null outside a request (a background job). */
    static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
