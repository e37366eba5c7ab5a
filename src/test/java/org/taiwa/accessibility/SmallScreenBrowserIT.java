package org.taiwa.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.taiwa.TaiwaIntegrationTest;

/**
 * The main pages on a phone (375 CSS pixels wide) and at 200 % zoom (a 1280×800 window zoomed twice shows 640×400
 * CSS pixels, emulated with a device scale factor of 2): the page itself never scrolls sideways, the navigation opens
 * from the drawer toggle, and each page's main action is on screen when scrolled to. Wide grids (sign-ups, allocation,
 * dashboard, library, audit, members) scroll inside their own box on a phone, their first column frozen in view.
 */
@TaiwaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallScreenBrowserIT {

    @RegisterExtension
    static final PortalSession member = PortalSession.signedInAs(MainPages.MEMBER);
    @RegisterExtension
    static final PortalSession secretariat = PortalSession.signedInAs(SecretariatPages.SECRETARIAT);

    /** Scrolls each grid the selector names to its far end; then says where its first column's header is. */
    private static final String SCROLL_GRIDS_TO_THE_END = """
            const grids = [...document.querySelectorAll(arguments[0])];
            if (grids.length === 0) return 'missing';
            for (const grid of grids) {
              grid.scrollIntoView({block: 'center', inline: 'nearest'});
              const table = grid.shadowRoot.querySelector('#table');
              table.scrollLeft = table.scrollWidth;
            }
            return 'ok';
            """;

    /** 'ok' when every grid fits the window and its first column's header is on screen; otherwise what is wrong. */
    private static final String FIRST_COLUMNS_ON_SCREEN = """
            const grids = [...document.querySelectorAll(arguments[0])];
            const wrong = [];
            for (const grid of grids) {
              const g = grid.getBoundingClientRect();
              if (g.left < -1 || g.right > window.innerWidth + 1) wrong.push(grid.id + ' wider than the window: ' + g.right);
              const first = [...grid.shadowRoot.querySelectorAll('#header tr:last-child th')]
                  .find(th => !th.hidden && th.getBoundingClientRect().width > 0);
              const r = first.getBoundingClientRect();
              if (r.left < g.left - 1 || r.right > Math.min(g.right, window.innerWidth) + 1 || r.width < 40)
                wrong.push(grid.id + ' first column off screen: ' + JSON.stringify(r));
            }
            return wrong.length === 0 ? 'ok' : wrong.join('; ');
            """;

    @AfterEach
    void fullSize() {
        for (PortalSession session : List.of(member, secretariat)) {
            session.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    Stream<Arguments> pagesAndScreens() {
        return Stream.of("phone", "zoom-200").flatMap(screen -> member.pages().paths().keySet().stream()
                .map(page -> Arguments.of(screen, page)));
    }

    Stream<String> secretariatPages() {
        return secretariat.secretariatPages().paths().keySet().stream();
    }

    Stream<Arguments> wideGrids() {
        return Stream.concat(Stream.of(Arguments.of("library", "#library-documents")),
                secretariat.secretariatPages().wideGrids().entrySet().stream()
                        .map(grid -> Arguments.of(grid.getKey(), grid.getValue())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pagesAndScreens")
    void the_page_fits_the_width_and_its_navigation_and_main_action_are_reachable(String screen, String page) {
        ChromeDriver driver = member.driver();
        emulate(driver, screen);
        member.open(member.pages().path(page));

        assertThat(scrollWidth(driver)).as("%s on %s: page width (CSS px)", page, screen)
                .isLessThanOrEqualTo(innerWidth(driver) + 1);
        if (MainPages.framed(page)) {
            driver.findElement(By.cssSelector("vaadin-drawer-toggle")).click();
            member.browser().await().until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "const nav = document.querySelector('vaadin-side-nav'); const r = nav.getBoundingClientRect();"
                            + " return document.querySelector('vaadin-app-layout').drawerOpened && r.width > 0"
                            + " && r.left >= 0 && r.right <= window.innerWidth + 1")));
            driver.executeScript("document.querySelector('vaadin-app-layout').drawerOpened = false");
        }
        Object onScreen = driver.executeScript("""
                const action = document.querySelector(arguments[0]);
                if (!action) return 'missing';
                action.scrollIntoView({block: 'center', inline: 'nearest'});
                const r = action.getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.left >= -1 && r.right <= window.innerWidth + 1
                    ? 'ok' : 'off screen: ' + JSON.stringify(r) + ' in ' + window.innerWidth;
                """, member.pages().mainAction(page));
        assertThat(onScreen).as("%s on %s: main action %s", page, screen, member.pages().mainAction(page))
                .isEqualTo("ok");
        assertThat(scrollWidth(driver)).as("%s on %s: page width after scrolling", page, screen)
                .isLessThanOrEqualTo(innerWidth(driver) + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secretariatPages")
    void the_secretariats_page_fits_a_phone(String page) {
        ChromeDriver driver = secretariat.driver();
        emulate(driver, "phone");
        secretariat.open(secretariat.secretariatPages().path(page));
        assertThat(scrollWidth(driver)).as("%s on a phone: page width (CSS px)", page)
                .isLessThanOrEqualTo(innerWidth(driver) + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideGrids")
    void a_wide_grid_scrolls_inside_its_box_on_a_phone_and_keeps_its_first_column_in_view(String page, String grids) {
        PortalSession session = page.equals("library") ? member : secretariat;
        ChromeDriver driver = session.driver();
        emulate(driver, "phone");
        session.open(page.equals("library") ? member.pages().path(page) : secretariat.secretariatPages().path(page));
        assertThat(driver.findElements(By.cssSelector(grids))).as("%s: %s", page, grids).isNotEmpty();
        assertThat(driver.executeScript(FIRST_COLUMNS_ON_SCREEN, grids)).as("%s before scrolling the grid", page)
                .isEqualTo("ok");

        assertThat(driver.executeScript(SCROLL_GRIDS_TO_THE_END, grids)).isEqualTo("ok");
        session.browser().await().withMessage(() -> page + " after scrolling the grid to its end: "
                + driver.executeScript(FIRST_COLUMNS_ON_SCREEN, grids))
                .until(d -> "ok".equals(driver.executeScript(FIRST_COLUMNS_ON_SCREEN, grids)));
        assertThat(scrollWidth(driver)).as("%s: the page itself does not scroll sideways", page)
                .isLessThanOrEqualTo(innerWidth(driver) + 1);
    }

    private static void emulate(ChromeDriver driver, String screen) {
        boolean phone = screen.equals("phone");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", phone ? 375 : 640,
                "height", phone ? 800 : 400, "deviceScaleFactor", 2, "mobile", phone));
    }

    private static long scrollWidth(ChromeDriver driver) {
        return (Long) driver.executeScript("return document.documentElement.scrollWidth");
    }

    private static long innerWidth(ChromeDriver driver) {
        return (Long) driver.executeScript("return window.innerWidth");
    }
}
