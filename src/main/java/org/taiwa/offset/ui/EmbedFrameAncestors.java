package org.taiwa.offset.ui;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Lets the configured municipal websites frame the public calculator: {@code frame-ancestors} on {@code /embed/**}
 * only. X-Frame-Options would forbid what frame-ancestors allows in older browsers: the security configuration
 * leaves it out on these paths, and this filter keeps Vaadin from adding its own SAMEORIGIN (Vaadin sends it with
 * every page unless the response already has one). Everywhere else both stay as they were.
 */
@Component
class EmbedFrameAncestors extends OncePerRequestFilter {

    static final String PREFIX = "/embed/";

    private final String policy;

    EmbedFrameAncestors(CalculatorProperties properties) {
        this.policy = properties.frameAncestors();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // added beside the portal's own policy (which leaves frame-ancestors out here): a browser enforces both
        response.addHeader("Content-Security-Policy", policy);
        chain.doFilter(request, new WithoutFrameOptions(response));
    }

    /** A response that claims to have X-Frame-Options already and drops any that is set. */
    private static final class WithoutFrameOptions extends HttpServletResponseWrapper {

        private static final String FRAME_OPTIONS = "X-Frame-Options";

        WithoutFrameOptions(HttpServletResponse response) {
            super(response);
        }

        @Override
        public boolean containsHeader(String name) {
            return FRAME_OPTIONS.equalsIgnoreCase(name) || super.containsHeader(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
