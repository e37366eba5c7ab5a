package org.taiwa.offset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.taiwa.Browser;
import org.taiwa.TaiwaIntegrationTest;

/** The public calculator in a real browser without a session, and the headers that let other sites frame it. */
@TaiwaIntegrationTest
class EmbedCalculatorBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void a_visitor_without_a_session_calculates_an_event() {
        browser.driver().get("http://localhost:" + port + "/embed/calculator");
        browser.type(By.cssSelector("#offset-participants input"), "40");
        browser.type(By.cssSelector("#offset-days input"), "1");
        browser.type(By.cssSelector("#offset-travel-persons-0 input"), "40");
        browser.type(By.cssSelector("#offset-travel-km-0 input"), "10");

        // the result is redrawn after each keystroke: wait for the figures rather than hold on to an element
        // 40 persons × 10 km by rail (0.019 kg-CO2 per passenger-km in the default set) = 7.6 kg: one credit
        browser.await().until(ExpectedConditions.textMatches(By.id("offset-total"),
                Pattern.compile("合計 [0-9.,]+ kg-CO2（[0-9.,]+ t-CO2）")));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offset-credits"), "：1 t-CO2"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/embed/calculator");
        assertThat(browser.driver().findElements(By.id("sign-out"))).as("no portal chrome").isEmpty();
        browser.screenshot("offset-embed.png");
    }

    @Test
    void only_the_embed_page_may_be_framed_and_only_by_the_configured_origins() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Void> embed = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/embed/calculator")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(embed.statusCode()).isEqualTo(200);
        assertThat(embed.headers().allValues("Content-Security-Policy")).contains("frame-ancestors 'self'")
                .noneMatch(policy -> policy.contains("frame-ancestors 'none'"));
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();

        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("X-Frame-Options")).get().isIn("DENY", "SAMEORIGIN");
        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'");
    }
}
