package org.taiwa.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.taiwa.Browser;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.PostPublished;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.ThreadId;

/** In a real browser: a mention made elsewhere lights up the bell without a reload (push), and the popover lists it. */
@TaiwaIntegrationTest
class NotificationBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void a_mention_elsewhere_updates_the_open_pages_bell_and_the_popover_lists_it() {
        browser.driver().get("http://localhost:" + port + "/login");
        browser.signInWithDemoAccount("staff.mitaka", "taiwa-demo");
        browser.waitFor(By.id("member-name"));
        browser.waitFor(By.id("notification-bell"));
        browser.driver().findElement(By.id("notification-bell")).click();
        browser.waitFor(By.id("notification-mark-all")).click();
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("notification-count")));
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("notification-mark-all")));

        String title = "三鷹市への質問 " + UUID.randomUUID().toString().substring(0, 6);
        events.publishEvent(new PostPublished(new PostId(UUID.randomUUID().toString()),
                new ThreadId(UUID.randomUUID().toString()), new SpaceId("forum"), title, "staff.minato", null,
                Set.of("staff.mitaka"), Set.of(), Instant.now()));

        WebElement count = browser.waitFor(By.id("notification-count"));
        assertThat(count.getText()).isEqualTo("1");
        browser.driver().findElement(By.id("notification-bell")).click();
        // located afresh on each try: opening the popover re-renders the list
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#notification-list .taiwa-notice-unread"), title));
        browser.screenshot("notification-bell.png");
    }
}
