package org.taiwa.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.taiwa.Browser;
import org.taiwa.TaiwaIntegrationTest;

/** In a real browser: a committee member starts a thread in 自治体委員会 and answers it. */
@TaiwaIntegrationTest
class DiscussionBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void a_committee_member_starts_a_thread_and_replies_to_it() {
        browser.driver().get("http://localhost:" + port + "/login");
        browser.signInWithDemoAccount("staff.minato", "taiwa-demo");
        browser.waitFor(By.id("member-name"));

        browser.driver().get("http://localhost:" + port + "/spaces/municipal-committee");
        assertThat(browser.waitFor(By.id("space-name")).getText()).isEqualTo("自治体委員会");
        browser.driver().findElement(By.cssSelector("#new-thread vaadin-details-summary")).click();
        String title = "共同購入の進め方 " + UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.cssSelector("#new-thread-title input"), title);
        browser.type(By.cssSelector("#new-thread-body textarea"), "**J-VER** の共同購入を今年度も行いますか?");
        browser.driver().findElement(By.id("new-thread-submit")).click();

        browser.await().until(ExpectedConditions.textToBe(By.id("thread-title"), title));
        // the list's rows come with the answer to its viewport request, a round trip after the title
        assertThat(browser.waitFor(By.cssSelector("#posts .taiwa-post-body strong")).getText()).isEqualTo("J-VER");

        browser.driver().findElement(By.cssSelector("#posts .taiwa-reply")).click();
        browser.type(By.cssSelector("#composer-body textarea"), "港区は参加予定です");
        browser.driver().findElement(By.id("composer-send")).click();
        browser.await().until(d -> d.findElements(By.cssSelector("#posts .taiwa-post")).size() == 2);
        assertThat(browser.driver().findElements(By.cssSelector("#posts .taiwa-post")).get(1).getText())
                .contains("港区は参加予定です").contains("港区");
        browser.screenshot("thread.png");
    }
}
