package org.taiwa.accessibility;

import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Opening a page and waiting until Vaadin has drawn it (no server round trip pending, a first heading shown). */
final class Pages {

    private Pages() {
    }

    static void open(ChromeDriver driver, String url) {
        driver.get(url);
        settle(driver);
    }

    static void settle(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(driver.executeScript("""
                if (document.readyState !== 'complete' || !window.Vaadin || !window.Vaadin.Flow) return false;
                const clients = Object.values(window.Vaadin.Flow.clients || {});
                if (clients.length === 0 || clients.some(c => c.isActive && c.isActive())) return false;
                return document.querySelector('h1') !== null;
                """)));
    }
}
