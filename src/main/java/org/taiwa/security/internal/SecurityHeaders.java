package org.taiwa.security.internal;

import java.io.IOException;
import java.net.URI;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of the UI's responses, set before anything else runs: Vaadin's pages are forwarded from
 * Spring's dispatcher to the Vaadin servlet, and a forwarded response is committed without passing Spring
 * Security's header writers, so those would never reach a page. Vaadin Flow needs {@code 'unsafe-inline'} and
 * {@code 'unsafe-eval'} scripts (its bootstrap is an inline script; {@code executeJs} and event data expressions
 * become functions) and inline styles; everything else is this origin only. Push uses a WebSocket to this origin,
 * which {@code connect-src 'self'} covers. Pages under {@code /embed/**} get neither X-Frame-Options nor
 * {@code frame-ancestors}: the module serving them adds a second policy with the sites allowed to frame them, and a
 * browser enforces both.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    /** The UI's policy less frame-ancestors. */
    static String uiPolicy(String oidcIssuer) {
        String keycloak = oidcIssuer.isBlank() ? "" : " " + origin(oidcIssuer);
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
                + " base-uri 'self'; form-action 'self'" + keycloak;
    }

    /** The API answers JSON and files: nothing in them may run or load anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    static final String FRAME_ANCESTORS_NONE = "; frame-ancestors 'none'";

    /** Features no page of the portal uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
            + " serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=()";

    /** Links to other sites carry no address of the portal (paths hold thread ids and search words). */
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    private static final String HSTS = "max-age=31536000 ; includeSubDomains";

    private final String policy;
    private final RequestMatcher embeddable;

    SecurityHeaders(String policy, String embeddablePaths) {
        this.policy = policy;
        this.embeddable = PathPatternRequestMatcher.pathPattern(embeddablePaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (embeddable.matches(request)) {
            // added, not set: the embed's own frame-ancestors policy is added beside it
            response.addHeader("Content-Security-Policy", policy);
        } else {
            response.setHeader("Content-Security-Policy", policy + FRAME_ANCESTORS_NONE);
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", REFERRER_POLICY.getPolicy());
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    /** The API's policy and permissions (its responses come straight from Spring's dispatcher: written lazily). */
    static HeaderWriter api() {
        return (request, response) -> {
            response.setHeader("Content-Security-Policy", API_POLICY);
            response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        };
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
