package org.taiwa.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.taiwa.Browser;
import org.taiwa.TaiwaIntegrationTest;

/**
 * The main pages pass axe-core's WCAG 2.1 A/AA rules without a serious or critical violation, seen by a signed-in
 * member in Japanese. Moderate and minor findings are printed, not failed on.
 */
@TaiwaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIT {

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

    Stream<String> mainPages() {
        return pages.paths().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mainPages")
    void the_page_has_no_serious_or_critical_accessibility_violation(String page) {
        Pages.open(browser.driver(), "http://localhost:" + port + pages.path(page));
        List<Axe.Violation> violations = Axe.check(browser.driver());

        List<Axe.Violation> serious = violations.stream().filter(Axe.Violation::serious).toList();
        if (serious.size() < violations.size()) {
            System.out.println("axe, " + page + ", moderate or minor:" + Axe.describe(
                    violations.stream().filter(v -> !v.serious()).toList()));
        }
        assertThat(serious).as("serious or critical axe violations on %s:%s", page, Axe.describe(serious)).isEmpty();
    }
}
