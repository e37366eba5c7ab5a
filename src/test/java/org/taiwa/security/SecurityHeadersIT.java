package org.taiwa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;

import com.vaadin.flow.spring.SpringServlet;

/** The security headers on every kind of response, the session cookie and the session id's change at sign-in. */
@TaiwaIntegrationTest
class SecurityHeadersIT extends DemoApiSupport {

    private final HttpClient anonymous = HttpClient.newHttpClient();

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    private HttpResponse<String> anonymousGet(String path) throws IOException, InterruptedException {
        return anonymous.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElse("")).contains("camera=()", "geolocation=()");
        // only over HTTPS (here plain HTTP): a browser would ignore it anyway
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void a_page_has_a_content_security_policy_that_forbids_framing_and_foreign_scripts() throws Exception {
        HttpResponse<String> page = anonymousGet("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertCommonHeaders(page);
        String policy = String.join(", ", page.headers().allValues("Content-Security-Policy"));
        assertThat(policy).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "object-src 'none'", "frame-ancestors 'none'").doesNotContain("*");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void the_api_answers_with_a_policy_that_lets_nothing_run() throws Exception {
        HttpResponse<String> api = get("/api/spaces", "staff.minato");
        assertThat(api.statusCode()).isEqualTo(200);
        assertCommonHeaders(api);
        assertThat(api.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; frame-ancestors 'none'; sandbox");
        assertThat(api.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void the_public_embed_may_be_framed_as_configured_but_keeps_the_rest_of_the_policy() throws Exception {
        HttpResponse<String> embed = anonymousGet("/embed/calculator");
        assertThat(embed.statusCode()).isEqualTo(200);
        assertCommonHeaders(embed);
        List<String> policies = embed.headers().allValues("Content-Security-Policy");
        assertThat(policies).anyMatch(p -> p.startsWith("frame-ancestors 'self'"))
                .anyMatch(p -> p.contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'"))
                .noneMatch(p -> p.contains("frame-ancestors 'none'"));
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
    }

    @Test
    void static_resources_carry_the_headers_too() throws Exception {
        HttpResponse<String> css = anonymousGet("/frontend-static/styles/taiwa.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertCommonHeaders(css);
        assertThat(css.headers().allValues("Content-Security-Policy")).isNotEmpty();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_changes_at_sign_in() throws Exception {
        var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String setCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String before = sessionId(setCookie);

        String form = "username=" + URLEncoder.encode("staff.shinjuku", StandardCharsets.UTF_8) + "&password=taiwa-demo";
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(SecurityHeadersIT::sessionId).findFirst().orElseThrow();
        assertThat(after).as("session fixation protection").isNotEqualTo(before);
    }

    @Test
    void idle_vaadin_uis_do_not_keep_their_session_alive() {
        assertThat(vaadinServlet.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    private static String sessionId(String setCookie) {
        return setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';'));
    }
}
