package org.taiwa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Debian Chromium for each test ({@code @RegisterExtension final Browser browser = new Browser();}),
 * with the driver and binary given explicitly ({@code TAIWA_CHROMIUM}, {@code TAIWA_CHROMEDRIVER};
 * .ci/run installs both). {@link #another()} opens a second browser (its own cookies, so its own session) for
 * tests where two members look at the same page. {@link #perClass()} keeps one Chromium (and so one signed-in
 * session) for all tests of a class, for classes that visit many pages.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final boolean perClass;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private final java.util.List<Browser> others = new java.util.ArrayList<>();

    public Browser() {
        this(false);
    }

    private Browser(boolean perClass) {
        this.perClass = perClass;
    }

    /** One Chromium for a whole test class: {@code @RegisterExtension static final Browser browser = Browser.perClass();}. */
    public static Browser perClass() {
        return new Browser(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (perClass) {
            open();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (perClass) {
            quit(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            open();
        }
    }

    private void open() {
        driver = start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            quit(context);
        }
    }

    private void quit(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        others.forEach(other -> other.afterEach(context));
        others.clear();
    }

    /** A second headless Chromium with the same helpers, quit after the test like the first. */
    public Browser another() {
        var second = new Browser();
        second.open();
        others.add(second);
        return second;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks into a field and types, as a person would. */
    public void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.click();
        element.sendKeys(text);
    }

    /** Signs in on the development sign-in page, which must be showing. */
    public void signInWithDemoAccount(String username, String password) {
        type(By.cssSelector("vaadin-text-field[name='username'] input"), username);
        type(By.cssSelector("vaadin-password-field[name='password'] input"), password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /** Kept under target/screenshots for a look at what the member saw. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChromeDriver start() {
        Path binary = Path.of(System.getenv().getOrDefault("TAIWA_CHROMIUM", "/usr/bin/chromium"));
        Path driverPath = Path.of(System.getenv().getOrDefault("TAIWA_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(binary) || !Files.isExecutable(driverPath)) {
            throw new IllegalStateException("Browser tests need Chromium and ChromeDriver (" + binary + ", "
                    + driverPath + "): run scripts/setup-test-tools.sh (apt-get install chromium chromium-driver"
                    + " fonts-noto-cjk)");
        }
        var options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900", "--lang=ja");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(driverPath.toFile()).usingAnyFreePort()
                .build();
        var browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }
}
