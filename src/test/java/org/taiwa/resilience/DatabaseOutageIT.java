package org.taiwa.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.taiwa.Browser;
import org.taiwa.PortalApi;
import org.taiwa.PortalProcess;
import org.taiwa.storage.StorageProperties;
import org.taiwa.storage.internal.EmbeddedMongo;

/**
 * The production jar on a MongoDB of its own (a mongo-java-server this test starts on a fixed port and stops):
 * while the database is away, pages say "temporarily unavailable", the API answers 503 problem details and
 * health is DOWN; when the database is back on the same port with the same data, the portal recovers by itself.
 */
class DatabaseOutageIT {

    /** The portal gives up on the database after this (taiwa.storage.server-selection-timeout). */
    private static final Duration SELECTION_TIMEOUT = Duration.ofSeconds(2);

    @RegisterExtension
    final Browser browser = new Browser();
    @TempDir
    Path mongoData;
    @TempDir
    Path portalData;

    private EmbeddedMongo mongo;
    private PortalProcess portal;

    @AfterEach
    void stop() {
        if (portal != null) {
            portal.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    @Test
    void an_unreachable_database_is_reported_clearly_and_the_portal_recovers_when_it_returns() throws Exception {
        int port = PortalProcess.freePort();
        var database = new StorageProperties(mongoData, "127.0.0.1", port, "taiwa");
        mongo = EmbeddedMongo.start(database);
        portal = PortalProcess.start("outage", "--spring.mongodb.uri=mongodb://127.0.0.1:" + port + "/taiwa",
                "--taiwa.storage.data-dir=" + portalData,
                "--taiwa.storage.server-selection-timeout=" + SELECTION_TIMEOUT.toSeconds() + "s",
                "--taiwa.notification.scheduling=false", "--taiwa.library.demo-data=false");
        var api = new PortalApi(portal.baseUrl());
        String thread = startThread(api);
        browser.driver().get(portal.baseUrl() + "/login");
        browser.signInWithDemoAccount("staff.minato", "taiwa-demo");
        browser.waitFor(By.id("filter-region"));

        mongo.close();
        mongo = null;

        long started = System.nanoTime();
        HttpResponse<String> refused = api.get("/api/threads/" + thread, "staff.minato");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SELECTION_TIMEOUT.multipliedBy(4));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(PortalApi.json(refused).get("reason").asString()).isEqualTo("database-unavailable");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).doesNotContain("Exception", "mongodb", "127.0.0.1");

        HttpResponse<String> health = api.anonymous("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");

        for (String page : new String[] {"/", "/results"}) {
            browser.driver().get(portal.baseUrl() + page);
            var notice = browser.waitFor(By.id("database-unavailable"));
            assertThat(notice.getText()).contains("一時的にご利用いただけません").doesNotContain("Exception");
        }
        browser.screenshot("database-unavailable.png");

        mongo = EmbeddedMongo.start(database);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.anonymous("/actuator/health").statusCode() == 200);
        assertThat(api.get("/api/threads/" + thread, "staff.minato").statusCode()).isEqualTo(200);
        String word = "recoveredafteroutage" + System.nanoTime() % 1000;
        HttpResponse<String> reply = api.post("/api/threads/" + thread + "/posts", "staff.minato",
                PortalApi.JSON.writeValueAsString(Map.of("body", "復旧しました " + word)), null);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                api.get("/api/search?q=" + word, "staff.minato").body()).contains(
                PortalApi.json(reply).get("id").asString()));

        browser.driver().get(portal.baseUrl() + "/");
        browser.waitFor(By.id("filter-region"));
        assertThat(browser.driver().findElements(By.id("database-unavailable"))).isEmpty();
        assertThat(Files.exists(mongoData.resolve("taiwa.mv.db"))).isTrue();
    }

    private static String startThread(PortalApi api) throws Exception {
        HttpResponse<String> created = api.post("/api/spaces/forum/threads", "staff.minato",
                PortalApi.JSON.writeValueAsString(Map.of("title", "障害試験", "body", "データベース停止の前")), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalApi.json(created).get("id").asString();
    }
}
