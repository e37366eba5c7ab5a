package org.taiwa.security.internal;

import java.net.URI;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Content-Security-Policy and Permissions-Policy of every response (Referrer-Policy, nosniff and HSTS come from
 * Spring Security's own writers). Vaadin Flow needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'} scripts (its
 * bootstrap is an inline script; {@code executeJs} and event data expressions become functions) and inline styles;
 * everything else is this origin only. Push uses a WebSocket to this origin, which {@code connect-src 'self'}
 * covers. Pages under {@code /embed/**} get the policy without {@code frame-ancestors}: the module serving them adds
 * a second policy with the sites allowed to frame them, and a browser enforces both.
 */
final class SecurityHeaders {

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

    private SecurityHeaders() {
    }

    /**
     * Adds the policy (added, not set: on an embeddable page the offset module's frame-ancestors policy stays beside
     * it).
     */
    static HeaderWriter contentSecurityPolicy(String policy, String embeddablePaths) {
        RequestMatcher embeddable = PathPatternRequestMatcher.pathPattern(embeddablePaths);
        return new HeaderWriter() {
            @Override
            public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
                response.addHeader("Content-Security-Policy",
                        embeddable.matches(request) ? policy : policy + FRAME_ANCESTORS_NONE);
                response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
            }
        };
    }

    /** The API's policy and permissions. */
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
