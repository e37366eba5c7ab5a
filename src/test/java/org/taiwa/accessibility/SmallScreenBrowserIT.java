package org.taiwa.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.taiwa.Browser;
import org.taiwa.TaiwaIntegrationTest;

/**
 * The main pages on a phone (375 CSS pixels wide) and at 200 % zoom (a 1280×800 window zoomed twice shows 640×400
 * CSS pixels, emulated with a device scale factor of 2): the page itself never scrolls sideways, the navigation opens
 * from the drawer toggle, and each page's main action is on screen when scrolled to.
 */
@TaiwaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallScreenBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private MainPages pages;

    @BeforeAll
    void signIn() {
        pages = MainPages.create(context);
        browser.driver().get("http://localhost:" + port + "/login");
        browser.signInWithDemoAccount(MainPages.MEMBER, "taiwa-demo");
        browser.waitFor(By.id("member-name"));
    }

    @AfterEach
    void fullSize() {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    Stream<Arguments> pagesAndScreens() {
        return Stream.of("phone", "zoom-200").flatMap(screen -> pages.paths().keySet().stream()
                .map(page -> Arguments.of(screen, page)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pagesAndScreens")
    void the_page_fits_the_width_and_its_navigation_and_main_action_are_reachable(String screen, String page) {
        boolean phone = screen.equals("phone");
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", phone ? 375 : 640,
                "height", phone ? 800 : 400, "deviceScaleFactor", 2, "mobile", phone));
        Pages.open(browser.driver(), "http://localhost:" + port + pages.path(page));

        assertThat(scrollWidth()).as("%s on %s: page width (CSS px)", page, screen).isLessThanOrEqualTo(innerWidth() + 1);
        if (MainPages.framed(page)) {
            browser.driver().findElement(By.cssSelector("vaadin-drawer-toggle")).click();
            browser.await().until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                    "const nav = document.querySelector('vaadin-side-nav'); const r = nav.getBoundingClientRect();"
                            + " return document.querySelector('vaadin-app-layout').drawerOpened && r.width > 0"
                            + " && r.left >= 0 && r.right <= window.innerWidth + 1")));
            browser.driver().executeScript("document.querySelector('vaadin-app-layout').drawerOpened = false");
        }
        Object onScreen = browser.driver().executeScript("""
                const action = document.querySelector(arguments[0]);
                if (!action) return 'missing';
                action.scrollIntoView({block: 'center', inline: 'nearest'});
                const r = action.getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.left >= -1 && r.right <= window.innerWidth + 1
                    ? 'ok' : 'off screen: ' + JSON.stringify(r) + ' in ' + window.innerWidth;
                """, pages.mainAction(page));
        assertThat(onScreen).as("%s on %s: main action %s", page, screen, pages.mainAction(page)).isEqualTo("ok");
        assertThat(scrollWidth()).as("%s on %s: page width after scrolling", page, screen)
                .isLessThanOrEqualTo(innerWidth() + 1);
    }

    private long scrollWidth() {
        return (Long) browser.driver().executeScript("return document.documentElement.scrollWidth");
    }

    private long innerWidth() {
        return (Long) browser.driver().executeScript("return window.innerWidth");
    }
}
