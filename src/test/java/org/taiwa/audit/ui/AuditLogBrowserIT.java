package org.taiwa.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.Browser;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.audit.AuditActions;
import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;

/** In a real browser: the secretariat reads its own sign-in in the log, and signing out from the header is recorded. */
@TaiwaIntegrationTest
class AuditLogBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog log;

    @RegisterExtension
    final Browser browser = new Browser();

    @AfterEach
    void forgetTheSecretariat() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_secretariat_sees_its_sign_in_in_the_log_and_its_sign_out_is_recorded() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        browser.driver().get("http://localhost:" + port + "/login");
        browser.signInWithDemoAccount("secretariat", "taiwa-demo");
        browser.waitFor(By.id("member-name"));

        browser.driver().get("http://localhost:" + port + "/admin/audit");
        browser.type(By.cssSelector("#audit-actor input"), "secretariat");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-grid"), AuditActions.SIGN_IN));
        assertThat(browser.driver().findElement(By.id("audit-grid")).getText()).contains("secretariat");
        assertThat(browser.driver().findElement(By.id("audit-export")).getAttribute("href")).isNotBlank();
        browser.screenshot("audit-log.png");

        browser.driver().findElement(By.id("sign-out")).click();
        browser.await().until(ExpectedConditions.urlContains("/login"));

        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("secretariat", null, "ROLE_secretariat"));
        assertThat(log.find(new AuditFilter("secretariat", "auth", start, null), 0, 10))
                .filteredOn(e -> e.actor().equals("secretariat")).extracting(AuditEntry::action)
                .containsExactly(AuditActions.SIGN_OUT, AuditActions.SIGN_IN);
    }
}
