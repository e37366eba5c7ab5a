package org.taiwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser signs in with a demo account and sees the directory with their name and municipality. */
@TaiwaIntegrationTest
class SignInBrowserIT {

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_minato_staff_member_signs_in_and_sees_the_directory() {
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(waitFor(By.id("dev-signin-badge")).getText()).isEqualTo("開発用サインイン");

        type(browser, "vaadin-text-field[name='username'] input", "staff.minato");
        type(browser, "vaadin-password-field[name='password'] input", "taiwa-demo");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();

        wait.until(ExpectedConditions.textToBe(By.id("member-name"), "港区 職員"));
        assertThat(browser.findElement(By.id("member-municipality")).getText()).isEqualTo("港区");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("municipalities"), "千代田区"));
        assertThat(browser.findElement(By.id("count-total")).getText()).contains("62");
        assertThat(browser.getTitle()).contains("東京62市区町村");
        saveScreenshot("home.png");

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_sign_in_page_with_a_message() {
        browser.get("http://localhost:" + port + "/login");
        waitFor(By.cssSelector("vaadin-login-form"));
        type(browser, "vaadin-text-field[name='username'] input", "staff.minato");
        type(browser, "vaadin-password-field[name='password'] input", "wrong");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(d -> "true".equals(String.valueOf(((ChromeDriver) d).executeScript(
                "return document.querySelector('vaadin-login-form')?.error === true"))));
    }

    /** Kept under target/screenshots for a look at what the member saw (the README's picture comes from here). */
    private void saveScreenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private org.openqa.selenium.WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void type(WebDriver driver, String css, String text) {
        var field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.click();
        field.sendKeys(text);
    }
}
