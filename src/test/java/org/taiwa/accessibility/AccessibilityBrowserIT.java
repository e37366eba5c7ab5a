package org.taiwa.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.taiwa.TaiwaIntegrationTest;

/**
 * The main pages, the sign-in page and the secretariat's pages pass axe-core's WCAG 2.1 A/AA rules without a
 * serious or critical violation, in Japanese: the main pages seen by a signed-in member, the secretariat's by the
 * secretariat, the sign-in page by a visitor. Moderate and minor findings are printed, not failed on.
 */
@TaiwaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIT {

    @RegisterExtension
    static final PortalSession member = PortalSession.signedInAs(MainPages.MEMBER);
    @RegisterExtension
    static final PortalSession secretariat = PortalSession.signedInAs(SecretariatPages.SECRETARIAT);
    @RegisterExtension
    static final PortalSession visitor = PortalSession.anonymous();

    Stream<String> mainPages() {
        return member.pages().paths().keySet().stream();
    }

    Stream<String> secretariatPages() {
        return secretariat.secretariatPages().paths().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mainPages")
    void the_page_has_no_serious_or_critical_accessibility_violation(String page) {
        member.open(member.pages().path(page));
        assertNoSeriousViolation(member.driver(), page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secretariatPages")
    void the_secretariats_page_has_no_serious_or_critical_accessibility_violation(String page) {
        secretariat.open(secretariat.secretariatPages().path(page));
        assertNoSeriousViolation(secretariat.driver(), page);
    }

    @Test
    void the_sign_in_page_has_no_serious_or_critical_accessibility_violation() {
        visitor.open("/login");
        assertThat(visitor.driver().findElements(By.cssSelector("vaadin-login-form"))).hasSize(1);
        assertNoSeriousViolation(visitor.driver(), "login");

        visitor.open("/login?error");
        assertNoSeriousViolation(visitor.driver(), "login with an error");
        visitor.open("/login?blocked=30");
        assertNoSeriousViolation(visitor.driver(), "login blocked by the rate limit");
    }

    private static void assertNoSeriousViolation(ChromeDriver driver, String page) {
        List<Axe.Violation> violations = Axe.check(driver);
        List<Axe.Violation> serious = violations.stream().filter(Axe.Violation::serious).toList();
        if (serious.size() < violations.size()) {
            System.out.println("axe, " + page + ", moderate or minor:" + Axe.describe(
                    violations.stream().filter(v -> !v.serious()).toList()));
        }
        assertThat(serious).as("serious or critical axe violations on %s:%s", page, Axe.describe(serious)).isEmpty();
    }
}
