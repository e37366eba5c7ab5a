package org.taiwa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser signs in with a demo account and sees the directory with their name and municipality. */
@TaiwaIntegrationTest
class SignInBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void a_minato_staff_member_signs_in_and_sees_the_directory() {
        browser.driver().get("http://localhost:" + port + "/");
        browser.await().until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.waitFor(By.id("dev-signin-badge")).getText()).isEqualTo("開発用サインイン");

        browser.signInWithDemoAccount("staff.minato", "taiwa-demo");

        browser.await().until(ExpectedConditions.textToBe(By.id("member-name"), "港区 職員"));
        assertThat(browser.driver().findElement(By.id("member-municipality")).getText()).isEqualTo("港区");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("municipalities"), "千代田区"));
        assertThat(browser.driver().findElement(By.id("count-total")).getText()).contains("62");
        assertThat(browser.driver().getTitle()).contains("東京62市区町村");
        browser.screenshot("home.png");

        browser.driver().findElement(By.id("sign-out")).click();
        browser.await().until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_sign_in_page_with_a_message() {
        browser.driver().get("http://localhost:" + port + "/login");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.signInWithDemoAccount("staff.minato", "wrong");
        browser.await().until(ExpectedConditions.urlContains("error"));
        browser.await().until(d -> "true".equals(String.valueOf(browser.driver().executeScript(
                "return document.querySelector('vaadin-login-form')?.error === true"))));
    }
}
