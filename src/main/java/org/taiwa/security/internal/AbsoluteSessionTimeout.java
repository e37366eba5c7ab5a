package org.taiwa.security.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session older than {@code taiwa.security.absolute-session-timeout}, however active (the idle timeout is
 * the servlet container's). Runs before the security context is read from the session, so that the request goes
 * on anonymous: a page asks for sign-in again, an open Vaadin UI reports its session expired and reloads. The age
 * counts from the session's creation; the session id changes at sign-in (Spring Security's session fixation
 * protection) but the container keeps the creation time.
 */
final class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private final long maxAgeMillis;
    private final Clock clock;

    AbsoluteSessionTimeout(Duration maxAge, Clock clock) {
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                if (clock.millis() - session.getCreationTime() > maxAgeMillis) {
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // another request of the same member ended it meanwhile
            }
        }
        chain.doFilter(request, response);
    }
}
