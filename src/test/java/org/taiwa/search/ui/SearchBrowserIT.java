package org.taiwa.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.taiwa.Browser;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.ThreadService;
import org.taiwa.search.SearchQuery;
import org.taiwa.search.SearchService;

/**
 * In a real browser: a member types a Japanese query into the header's search field on the library page, sees
 * suggestions while typing, presses Enter and gets the results page with the matches highlighted.
 */
@TaiwaIntegrationTest
class SearchBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ThreadService threads;
    @Autowired
    SearchService search;

    @RegisterExtension
    final Browser browser = new Browser();
    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Test
    void a_query_typed_in_the_header_shows_suggestions_and_enter_opens_the_highlighted_results() {
        String word = uniqueWord();
        member.signIn("staff.minato");
        threads.start(new SpaceId("forum"), "共同購入の相談 " + word, "カーボン・オフセットの共同購入を検討しています " + word);
        // after a start the index may still be catching up with what earlier tests wrote
        await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> !search.search(SearchQuery.of(word)).hits().isEmpty());

        browser.driver().get("http://localhost:" + port + "/login");
        browser.signInWithDemoAccount("staff.shinjuku", "taiwa-demo");
        browser.waitFor(By.id("member-name"));
        browser.driver().get("http://localhost:" + port + "/library");
        By field = By.cssSelector("#header-search input");
        browser.type(field, "カーボン");
        browser.await().until(d -> !suggestions().isEmpty());
        assertThat(suggestions()).anySatisfy(s -> assertThat(s).contains("カーボン"));
        assertThat(browser.driver().findElements(By.tagName("vaadin-notification-card"))).as("no error shown")
                .isEmpty();

        // written without the middle dot that the post has
        browser.driver().findElement(field).sendKeys("オフセット 共同購入 " + word + Keys.ENTER);
        browser.await().until(ExpectedConditions.urlContains("/search?q="));
        String url = browser.driver().getCurrentUrl();
        assertThat(URLDecoder.decode(url.substring(url.indexOf("q=") + 2), StandardCharsets.UTF_8))
                .isEqualTo("カーボンオフセット 共同購入 " + word);
        browser.waitFor(By.cssSelector("#search-hits mark"));
        List<WebElement> hits = browser.driver().findElements(By.cssSelector("#search-hits .taiwa-hit"));
        assertThat(hits).hasSize(1);
        assertThat(hits.getFirst().findElement(By.cssSelector(".taiwa-hit-title")).getText())
                .isEqualTo("共同購入の相談 " + word);
        assertThat(hits.getFirst().findElements(By.cssSelector(".taiwa-hit-snippet mark"))).extracting(WebElement::getText)
                .containsExactly("カーボン・オフセット", "共同購入", word);
        browser.screenshot("search-results.png");
    }

    /** The labels of the suggestions the field's drop-down shows. */
    @SuppressWarnings("unchecked")
    private List<String> suggestions() {
        return (List<String>) browser.driver().executeScript(
                "const box = document.getElementById('header-search');"
                        + "if (!box || !box.opened) return [];"
                        + "return [...document.querySelectorAll('vaadin-combo-box-item')]"
                        + ".map(item => item.textContent.trim()).filter(text => text.length > 0);");
    }

    /** A word no other test writes: one Latin token to Kuromoji. */
    private static String uniqueWord() {
        var random = new Random();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
