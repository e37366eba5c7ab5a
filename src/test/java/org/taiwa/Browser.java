package org.taiwa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for end-to-end tests, with the driver and binary given explicitly
 * ({@code TAIWA_CHROMIUM}, {@code TAIWA_CHROMEDRIVER}; .ci/run installs both).
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        Path binary = Path.of(System.getenv().getOrDefault("TAIWA_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(System.getenv().getOrDefault("TAIWA_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(binary) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("Browser tests need Chromium and ChromeDriver (" + binary + ", " + driver
                    + "): apt-get install chromium chromium-driver fonts-noto-cjk, or run scripts/setup-test-tools.sh");
        }
        var options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900", "--lang=ja");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort()
                .build();
        var browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }
}
