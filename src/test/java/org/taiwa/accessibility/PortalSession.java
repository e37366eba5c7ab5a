package org.taiwa.accessibility;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.taiwa.Browser;

/**
 * The accessibility browser tests' shared set-up: one Chromium for the whole class, signed in on the development
 * sign-in page (or not signed in at all), and the main pages made on first use.
 * {@code @RegisterExtension static final PortalSession member = PortalSession.signedInAs(MainPages.MEMBER);}
 */
final class PortalSession implements BeforeAllCallback, AfterAllCallback {

    private final Browser browser = Browser.perClass();
    private final String username;
    private ApplicationContext context;
    private String base;
    private MainPages pages;
    private SecretariatPages secretariatPages;

    private PortalSession(String username) {
        this.username = username;
    }

    static PortalSession signedInAs(String username) {
        return new PortalSession(username);
    }

    /** A visitor who has not signed in. */
    static PortalSession anonymous() {
        return new PortalSession(null);
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        context = SpringExtension.getApplicationContext(extension);
        base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        browser.beforeAll(extension);
        if (username != null) {
            browser.driver().get(url("/login"));
            browser.signInWithDemoAccount(username, "taiwa-demo");
            browser.waitFor(By.id("member-name"));
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        browser.afterAll(extension);
    }

    Browser browser() {
        return browser;
    }

    ChromeDriver driver() {
        return browser.driver();
    }

    String url(String path) {
        return base + path;
    }

    /** Opens the page at this path and waits until Vaadin has drawn it. */
    void open(String path) {
        Pages.open(browser.driver(), url(path));
    }

    /** The member's main pages, made the first time they are asked for. */
    MainPages pages() {
        if (pages == null) {
            pages = MainPages.create(context);
        }
        return pages;
    }

    /** The secretariat's pages, made the first time they are asked for. */
    SecretariatPages secretariatPages() {
        if (secretariatPages == null) {
            secretariatPages = SecretariatPages.create(context);
        }
        return secretariatPages;
    }
}
