package org.taiwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;

/** Single sign-on in a real browser against the real Keycloak: sign-in, roles, sign-out, back-channel logout. */
@SsoIntegrationTest
class SsoBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void keycloak() {
        Keycloak.ensureRunning();
    }

    @BeforeEach
    void admitThisPortal() {
        Keycloak.admitPortalOn(port);
    }

    @Test
    void a_minato_staff_member_signs_in_on_keycloak_and_sees_name_and_municipality() {
        browser.driver().get(portal("/"));
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
        signInOnKeycloak("staff.minato");
        browser.await().until(ExpectedConditions.textToBe(By.id("member-name"), "港区 職員"));
        assertThat(browser.driver().findElement(By.id("member-municipality")).getText()).isEqualTo("港区");
        assertThat(browser.driver().findElements(By.id("dev-signin-badge"))).isEmpty();
        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(before).as("the portal's session before sign-in").isNotNull();
        assertThat(after).isNotNull();
        assertThat(after.getValue()).as("session id changes at sign-in").isNotEqualTo(before.getValue());
    }

    @Test
    void a_member_opening_the_secretariats_admin_view_gets_the_access_denied_page() {
        browser.driver().get(portal("/admin/members"));
        signInOnKeycloak("staff.minato");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "このページを開く権限がありません"));
        assertThat(browser.driver().findElements(By.id("members"))).isEmpty();
    }

    @Test
    void sign_out_ends_the_portal_and_the_keycloak_session() {
        Instant start = Instant.now().minusSeconds(1);
        browser.driver().get(portal("/"));
        signInOnKeycloak("staff.minato");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out"))).click();
        // back at the portal, which sends the visitor to Keycloak, which asks for the password again
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.driver().getCurrentUrl()).startsWith(Keycloak.URL);
        browser.driver().get(portal("/"));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

        assertThat(auditActions("staff.minato", start)).contains("auth.sign-in", "auth.sign-out");
    }

    /** What the audit log recorded for a member since a moment, read as the secretariat. */
    private List<String> auditActions(String actor, Instant since) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("secretariat",
                null, List.of(new SimpleGrantedAuthority("ROLE_secretariat"))));
        try {
            return audit.find(new AuditFilter(actor, "auth", since, null), 0, 100).stream()
                    .map(AuditEntry::action).toList();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_session_ended_in_keycloak_ends_the_portal_session_within_5_seconds() {
        browser.driver().get(portal("/"));
        signInOnKeycloak("staff.shinjuku");
        browser.await().until(ExpectedConditions.textToBe(By.id("member-municipality"), "新宿区"));

        Keycloak.logoutUser("staff.shinjuku");

        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
            browser.driver().get(portal("/"));
            return browser.driver().getCurrentUrl().startsWith(Keycloak.URL);
        });
    }

    private void signInOnKeycloak(String username) {
        browser.await().until(ExpectedConditions.urlContains(Keycloak.ISSUER));
        browser.waitFor(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys("taiwa-demo");
        browser.driver().findElement(By.id("kc-login")).click();
        browser.await().until(ExpectedConditions.urlContains("localhost:" + port));
    }

    private String portal(String path) {
        return "http://localhost:" + port + path;
    }
}
