package org.taiwa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.taiwa.Browser;
import org.taiwa.TaiwaIntegrationTest;

/**
 * The portal works in a real browser under its Content-Security-Policy: the main pages load and render (Vaadin's
 * inline bootstrap, its functions built from server expressions, Push, the chart library from a WebJar), and the
 * browser reports no violation on any of them.
 */
@TaiwaIntegrationTest
class ContentSecurityPolicyBrowserIT {

    /** Installed before any script of every page, so that violations during Vaadin's bootstrap count as well. */
    private static final String RECORD_VIOLATIONS = """
            window.taiwaCspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.taiwaCspViolations.push(e.violatedDirective + ' ' + e.blockedURI));""";

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_main_pages_render_without_a_single_policy_violation() {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORD_VIOLATIONS));
        open("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        assertNoViolations("/login");
        browser.signInWithDemoAccount("staff.hachioji", "taiwa-demo");
        browser.waitFor(By.id("member-name"));
        assertNoViolations("home");

        for (String page : List.of("/spaces/forum", "/search?q=" + "カーボン・オフセット", "/library", "/offset",
                "/campaigns", "/notifications")) {
            open(page);
            browser.waitFor(By.id("member-name"));
            browser.await().until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                    "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))")));
            assertNoViolations(page);
        }
        open("/embed/calculator");
        browser.await().until(d -> !d.findElements(By.cssSelector("vaadin-number-field, vaadin-integer-field"))
                .isEmpty());
        assertNoViolations("/embed/calculator");
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    private void assertNoViolations(String page) {
        Object violations = browser.driver().executeScript("return window.taiwaCspViolations || ['not recorded']");
        assertThat((List<?>) violations).as("policy violations on " + page).isEmpty();
    }
}
