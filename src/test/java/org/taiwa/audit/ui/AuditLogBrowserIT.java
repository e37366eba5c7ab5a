package org.taiwa.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        SecurityContextHolder.clearContext();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_secretariat_sees_its_sign_in_in_the_log_and_its_sign_out_is_recorded() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        browser.get("http://localhost:" + port + "/login");
        type("vaadin-text-field[name='username'] input", "secretariat");
        type("vaadin-password-field[name='password'] input", "taiwa-demo");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("member-name")));

        browser.get("http://localhost:" + port + "/admin/audit");
        type("#audit-actor input", "secretariat");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-grid"), AuditActions.SIGN_IN));
        assertThat(browser.findElement(By.id("audit-grid")).getText()).contains("secretariat");
        assertThat(browser.findElement(By.id("audit-export")).getAttribute("href")).isNotBlank();
        saveScreenshot("audit-log.png");

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("secretariat", null, "ROLE_secretariat"));
        assertThat(log.find(new AuditFilter("secretariat", "auth", start, null), 0, 10))
                .filteredOn(e -> e.actor().equals("secretariat")).extracting(AuditEntry::action)
                .containsExactly(AuditActions.SIGN_OUT, AuditActions.SIGN_IN);
    }

    private void type(String css, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.click();
        field.sendKeys(text);
    }

    private void saveScreenshot(String name) throws java.io.IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
