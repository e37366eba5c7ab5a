package org.taiwa.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a real browser sends to the server when a member signs in and opens pages: headless Chromium's DevTools
 * performance log, reduced to the requests to the portal (method, path and query, body). {@link LoadBench}'s
 * scripted page visits were written from, and are checked against, this recording; run it again after a Vaadin
 * upgrade. Run: {@code scripts/bench.sh record BASE_URL [route...]} against a running portal; a route written
 * {@code link:route} is followed as a link inside the portal instead of loaded anew.
 */
public final class BrowserRecording {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BrowserRecording() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:18600";
        List<String> routes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("threads", "search?q=オフセット");
        ChromeDriver browser = start();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(base + "/login");
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("vaadin-text-field[name='username'] input"))).sendKeys("staff.minato");
            browser.findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys("taiwa-demo");
            browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            Thread.sleep(3_000);
            print("sign-in", base, browser);
            for (String route : routes) {
                if (route.startsWith("link:")) {
                    // a link inside the portal, followed by Vaadin's client-side router on the same UI
                    browser.executeScript("""
                            const a = document.createElement('a'); a.href = arguments[0];
                            a.setAttribute('router-link', ''); document.body.appendChild(a); a.click();""",
                            route.substring(5));
                } else {
                    browser.get(base + "/" + route);
                }
                Thread.sleep(4_000);
                print(route, base, browser);
            }
        } finally {
            browser.quit();
        }
    }

    private static void print(String step, String base, ChromeDriver browser) {
        System.out.println("==== " + step);
        List<LogEntry> entries = new ArrayList<>(browser.manage().logs().get(LogType.PERFORMANCE).getAll());
        for (LogEntry entry : entries) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asString();
            JsonNode params = message.path("params");
            if (method.equals("Network.requestWillBeSent")) {
                JsonNode request = params.path("request");
                String url = request.path("url").asString();
                if (url.startsWith(base) && !url.contains("/VAADIN/build/") && !url.contains("/frontend-static/")) {
                    System.out.println(request.path("method").asString() + " " + url.substring(base.length()));
                    String body = request.path("postData").asString("");
                    if (!body.isEmpty()) {
                        System.out.println("    body: " + body);
                    }
                }
            } else if (method.equals("Network.responseReceived")) {
                JsonNode response = params.path("response");
                String url = response.path("url").asString();
                if (url.startsWith(base) && !url.contains("/VAADIN/build/")) {
                    System.out.println("    <- " + response.path("status").asInt() + " " + url.substring(base.length()));
                }
            } else if (method.equals("Network.webSocketCreated")) {
                System.out.println("WEBSOCKET " + params.path("url").asString());
            }
        }
    }

    private static ChromeDriver start() {
        var options = new ChromeOptions();
        options.setBinary(Path.of(System.getenv().getOrDefault("TAIWA_CHROMIUM", "/usr/bin/chromium")).toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--window-size=1400,900", "--lang=ja");
        var logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("TAIWA_CHROMEDRIVER",
                        "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
