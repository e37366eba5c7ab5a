package org.taiwa.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taiwa.accessibility.Keyboard.id;
import static org.taiwa.accessibility.Keyboard.link;
import static org.taiwa.accessibility.Keyboard.navigationItem;
import static org.taiwa.accessibility.Keyboard.onLink;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.taiwa.Browser;
import org.taiwa.TaiwaIntegrationTest;

/**
 * A member who uses no mouse: from the skip link through the navigation to a space, a thread and a reply, the header
 * search, and the calculator, with TAB, Shift+TAB, arrows, ENTER and typing only.
 */
@TaiwaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardBrowserIT {

    @RegisterExtension
    static final PortalSession session = PortalSession.signedInAs(MainPages.MEMBER);

    private final Browser browser = session.browser();
    private MainPages pages;
    private Keyboard keys;

    @BeforeAll
    void keyboard() {
        pages = session.pages();
        keys = new Keyboard(browser.driver());
    }

    @Test
    void the_first_tab_stop_skips_to_the_content_and_shows_where_focus_is() {
        session.open("/");
        keys.press(Keys.TAB);
        assertThat(keys.focused(id("skip-to-content"))).as(keys.describeFocus()).isTrue();
        assertThat(browser.driver().findElement(By.id("skip-to-content")).getRect().getY())
                .as("the skip link comes into view when focused").isGreaterThanOrEqualTo(0);
        assertThat(outline("#skip-to-content")).isNotEqualTo("none");

        keys.press(Keys.ENTER);
        browser.await().until(d -> keys.focused(id("main-content")));
        keys.press(Keys.TAB);
        assertThat(keys.focused("path.some(e => e.closest && e.closest('#main-content'))"))
                .as("the next tab stop is in the content: " + keys.describeFocus()).isTrue();
    }

    @Test
    void a_member_opens_a_space_and_a_thread_and_replies_with_the_keyboard_alone() {
        session.open("/");
        keys.tabTo(navigationItem("spaces"));
        keys.press(Keys.ENTER);
        browser.await().until(ExpectedConditions.urlMatches("/spaces$"));
        Pages.settle(browser.driver());

        follow("spaces/" + MainPages.SPACE);
        browser.await().until(ExpectedConditions.urlContains("/spaces/" + MainPages.SPACE));
        Pages.settle(browser.driver());

        follow(pages.path("thread").substring(1));
        browser.await().until(ExpectedConditions.textToBe(By.id("thread-title"), pages.threadTitle()));
        Pages.settle(browser.driver());

        keys.tabTo(id("reply-thread"));
        keys.press(Keys.ENTER);
        keys.tabTo(id("composer-body"));
        String reply = "キーボードだけで返信 " + UUID.randomUUID().toString().substring(0, 6);
        keys.type(reply);
        keys.tabTo(id("composer-send"));
        keys.press(Keys.ENTER);
        browser.await().until(d -> d.findElement(By.id("posts")).getText().contains(reply));
    }

    @Test
    void the_header_search_and_the_calculator_work_with_the_keyboard_alone() {
        session.open("/");
        keys.tabTo(id("header-search"));
        keys.type("共同購入");
        keys.press(Keys.ENTER);
        browser.await().until(ExpectedConditions.urlContains("/search?q="));
        Pages.settle(browser.driver());
        assertThat(browser.waitFor(By.id("search-total")).getText()).isNotBlank();

        keys.tabTo(navigationItem("offset"));
        keys.press(Keys.ENTER);
        browser.await().until(ExpectedConditions.urlMatches("/offset$"));
        Pages.settle(browser.driver());
        keys.tabTo(id("offset-event-name"));
        keys.type("環境フェア");
        keys.tabTo(id("offset-participants"));
        keys.type("300");
        keys.tabTo(id("offset-days"));
        keys.type("2");
        keys.press(Keys.TAB);
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("offset-total")));
        assertThat(browser.driver().findElement(By.id("offset-total")).getText()).containsPattern("\\d");
    }

    /**
     * Follows a link, in a grid or not: TAB to it, down a grid's body rows with the arrow key (TAB again past the
     * last row), ENTER into the cell, ENTER on the link.
     */
    private void follow(String route) {
        var seen = new java.util.ArrayList<String>();
        for (int i = 0; i < 120 && !keys.focused(link(route)); i++) {
            String before = keys.describeFocus();
            seen.add(before);
            boolean down = keys.focused(Keyboard.IN_GRID_BODY) && (seen.size() < 2
                    || !before.equals(seen.get(seen.size() - 2)));
            keys.press(down ? Keys.ARROW_DOWN : Keys.TAB);
        }
        assertThat(keys.focused(link(route))).as("focus on a link to %s, focus went to:%n  %s", route,
                String.join("\n  ", seen.subList(Math.max(0, seen.size() - 40), seen.size()))).isTrue();
        if (!keys.focused(onLink(route))) {
            keys.press(Keys.ENTER);
        }
        assertThat(keys.focused(onLink(route))).as("focus on the link itself: %s", keys.describeFocus()).isTrue();
        keys.press(Keys.ENTER);
    }

    private String outline(String selector) {
        return String.valueOf(browser.driver().executeScript(
                "const e = document.querySelector(arguments[0]); return getComputedStyle(e).outlineStyle;", selector));
    }
}
