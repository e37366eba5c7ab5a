package org.taiwa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.TaiwaIntegrationTest;

/** Spring Security's events, caused by real requests to the running portal, end up in the audit log. */
@TaiwaIntegrationTest
class SecurityEventAuditIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    AuditLog log;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ApplicationEventMulticaster multicaster;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Instant start;

    @BeforeEach
    void setUp() {
        start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("secretariat", null, "ROLE_secretariat"));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_sign_in_form_records_a_failure_a_sign_in_and_a_sign_out_with_the_username_and_origin() throws Exception {
        String loginPage = get("/login").body();

        HttpResponse<String> wrong = postForm("/login", csrf(loginPage), "username", "approver.setagaya",
                "password", "not-the-password");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        HttpResponse<String> right = postForm("/login", csrf(get("/login").body()), "username", "approver.setagaya",
                "password", "taiwa-demo");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElse("")).doesNotContain("error");
        HttpResponse<String> out = postForm("/logout", csrf(get("/").body()));
        assertThat(out.statusCode()).isEqualTo(302);

        List<AuditEntry> entries = since("approver.setagaya", "auth");
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly(AuditActions.SIGN_OUT, AuditActions.SIGN_IN, AuditActions.SIGN_IN_FAILED);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("approver.setagaya");
            assertThat(e.origin()).isNotBlank();
        });
        AuditEntry failure = entries.get(2);
        assertThat(failure.detail()).isEqualTo("BadCredentialsException").doesNotContain("not-the-password");
    }

    @Test
    void an_unknown_username_is_recorded_as_tried_without_revealing_that_it_is_unknown() throws Exception {
        postForm("/login", csrf(get("/login").body()), "username", "nobody.here", "password", "guess");
        assertThat(since("nobody.here", AuditActions.SIGN_IN_FAILED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("BadCredentialsException"));
    }

    @Test
    void api_requests_with_http_basic_are_not_sign_ins_but_a_wrong_password_is_a_failure() throws Exception {
        assertThat(getWithBasic("/api/me", "approver.hachioji", "taiwa-demo").statusCode()).isEqualTo(200);
        assertThat(getWithBasic("/api/me", "approver.hachioji", "taiwa-demo").statusCode()).isEqualTo(200);
        assertThat(getWithBasic("/api/me", "approver.hachioji", "wrong").statusCode()).isEqualTo(401);

        assertThat(since("approver.hachioji", "auth")).extracting(AuditEntry::action)
                .containsExactly(AuditActions.SIGN_IN_FAILED);
    }

    @Test
    void anonymous_refusals_are_published_by_spring_security_but_not_recorded() throws Exception {
        var denials = new CopyOnWriteArrayList<AuthorizationDeniedEvent<?>>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof AuthorizationDeniedEvent<?> denied) {
                denials.add(denied);
            }
        };
        multicaster.addApplicationListener(listener);
        try {
            assertThat(get("/api/me").statusCode()).isEqualTo(401);
        } finally {
            multicaster.removeApplicationListener(listener);
        }
        assertThat(denials).isNotEmpty();
        assertThat(since(AuditEntry.ANONYMOUS, AuditActions.ACCESS_DENIED)).isEmpty();
    }

    @Test
    void a_request_refused_to_a_signed_in_member_is_recorded_with_its_path_and_origin() {
        var request = new MockHttpServletRequest("DELETE", "/api/campaigns/kamaishi-2011");
        request.setRemoteAddr("192.0.2.7");
        Authentication member = new TestingAuthenticationToken("staff.minato", null, "ROLE_member");

        events.publishEvent(new AuthorizationDeniedEvent<>(() -> member, request, new AuthorizationDecision(false)));

        assertThat(since("staff.minato", AuditActions.ACCESS_DENIED)).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo("/api/campaigns/kamaishi-2011");
            assertThat(e.origin()).isEqualTo("192.0.2.7");
            assertThat(e.detail()).isEqualTo("request");
        });
    }

    /** Entries of this actor since the test started, newest first; the actor filter is a substring match. */
    private List<AuditEntry> since(String actor, String action) {
        return log.find(new AuditFilter(actor, action, start, null), 0, 100).stream()
                .filter(e -> e.actor().equals(actor)).toList();
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        return token.find() ? token.group(1) : "";
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getWithBasic(String path, String user, String password)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post as the browser sends it, with Spring Security's CSRF token from the page. */
    private HttpResponse<String> postForm(String path, String csrf, String... fields)
            throws IOException, InterruptedException {
        var body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
