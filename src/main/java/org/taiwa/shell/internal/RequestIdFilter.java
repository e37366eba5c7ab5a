package org.taiwa.shell.internal;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every request an id, first of all filters so that every line logged while it runs carries it (MDC key
 * {@code requestId}, in the log pattern and in the JSON logs): the reverse proxy's {@code X-Request-Id} when it is
 * well formed, else a new one. The id goes back in the response header, so a user's report can be found in the
 * logs. Vaadin's UIDL and push requests pass here like any other.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** What a proxy may hand in: no spaces, quotes or control characters that could forge log lines. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        long start = System.nanoTime();
        try (var scope = MDC.putCloseable(MDC_KEY, id)) {
            chain.doFilter(request, response);
            // an access log line for those who want one (logging.level.org.taiwa.shell.internal.RequestIdFilter=debug)
            if (log.isDebugEnabled()) {
                log.debug("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    /** The proxy's id if well formed, else a new random one. */
    static String idOf(String given) {
        if (given != null && WELL_FORMED.matcher(given).matches()) {
            return given;
        }
        byte[] random = new byte[8];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
