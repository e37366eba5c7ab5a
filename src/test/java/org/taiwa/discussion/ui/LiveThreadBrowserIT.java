package org.taiwa.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.taiwa.Browser;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadService;

/** Two members in two browsers on the same forum thread: A's reply appears at B's within 2 s, without a reload. */
@TaiwaIntegrationTest
class LiveThreadBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ThreadService threads;
    @Autowired
    UserDetailsService users;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void a_reply_by_one_member_appears_for_another_within_two_seconds() {
        Thread thread = startForumThread("ライブ " + UUID.randomUUID().toString().substring(0, 8));
        String url = "http://localhost:" + port + "/threads/" + thread.id().value();
        Browser a = browser;
        Browser b = browser.another();
        signIn(a, "staff.minato");
        signIn(b, "staff.shinjuku");

        b.driver().get(url);
        b.await().until(d -> d.findElements(By.cssSelector("#posts .taiwa-post")).size() == 1);
        b.driver().executeScript("window.taiwaPageMark = 'not reloaded';");

        a.driver().get(url);
        a.waitFor(By.cssSelector("#posts .taiwa-post"));
        a.waitFor(By.id("reply-thread")).click();
        a.type(By.cssSelector("#composer-body textarea"), "港区からのライブ返信");
        a.waitFor(By.id("composer-send")).click();
        long sent = System.nanoTime();

        new WebDriverWait(b.driver(), Duration.ofSeconds(2)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("posts"), "港区からのライブ返信"));
        long seen = System.nanoTime();
        assertThat(Duration.ofNanos(seen - sent)).isLessThan(Duration.ofSeconds(2));
        assertThat(b.driver().executeScript("return window.taiwaPageMark")).as("no reload").isEqualTo("not reloaded");
        WebElement arrived = b.driver().findElements(By.cssSelector("#posts .taiwa-post")).get(1);
        assertThat(arrived.getDomAttribute("class")).contains("taiwa-post-new");
        assertThat(b.waitFor(By.id("live-banner")).getText()).contains("新しい返信が 1 件あります");
        a.await().until(d -> d.findElements(By.cssSelector("#posts .taiwa-post")).size() == 2);
        a.screenshot("live-reply-a.png");
        b.screenshot("live-reply-b.png");
    }

    private void signIn(Browser browser, String username) {
        browser.driver().get("http://localhost:" + port + "/login");
        browser.signInWithDemoAccount(username, "taiwa-demo");
        browser.waitFor(By.id("member-name"));
    }

    private Thread startForumThread(String title) {
        UserDetails user = users.loadUserByUsername("staff.shinjuku");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return threads.start(new SpaceId("forum"), title, "ライブで読みます");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
