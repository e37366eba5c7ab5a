package org.taiwa.offset.ui;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets the configured municipal websites frame the public calculator: {@code frame-ancestors} on {@code /embed/**}
 * only (the security configuration leaves X-Frame-Options out there and sends DENY everywhere else).
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
        response.setHeader("Content-Security-Policy", policy);
        chain.doFilter(request, response);
    }
}
