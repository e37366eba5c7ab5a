package org.taiwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two app nodes on one database, as docs/decisions/0016-several-nodes.md describes: node A runs the embedded
 * server on a fixed port, node B is given it as {@code spring.mongodb.uri} and starts while A is still seeding.
 * What is written on A is searchable on B within 5 s, and a reply written on A appears live on B within 5 s.
 */
class TwoNodesIT {

    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static AppNode a;
    private static AppNode b;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        Path dir = Path.of("target", "two-nodes", UUID.randomUUID().toString());
        int database = AppNode.freePort();
        a = AppNode.start("node-a", dir, "--taiwa.storage.port=" + database);
        AppNode.awaitPort(database, Duration.ofSeconds(120));
        b = AppNode.start("node-b", dir, "--spring.mongodb.uri=mongodb://127.0.0.1:" + database + "/taiwa");
        a.awaitReady(Duration.ofSeconds(180));
        b.awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stopNodes() throws InterruptedException {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void the_second_node_uses_the_first_nodes_database_and_seeds_nothing_twice() throws Exception {
        assertThat(a.log()).contains("Embedded MongoDB server on");
        assertThat(b.log()).doesNotContain("Embedded MongoDB server on");
        JsonNode spaces = JSON.readTree(get(b, "/api/spaces", "staff.minato").body());
        assertThat(spaces.values().stream().map(s -> s.get("id").asString()).filter("forum"::equals)).hasSize(1);
    }

    @Test
    void a_document_and_a_post_written_on_one_node_are_searchable_on_the_other_within_five_seconds()
            throws Exception {
        String documentWord = word();
        HttpResponse<String> uploaded = upload(a, "staff.minato", "二拠点の資料 " + documentWord,
                ("ノード間の検索 " + documentWord).getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertFoundOnB(documentWord, System.nanoTime());

        String postWord = word();
        HttpResponse<String> thread = post(a, "/api/spaces/forum/threads", "staff.hachioji",
                Map.of("title", "二拠点の話題", "body", "投稿の検索 " + postWord));
        assertThat(thread.statusCode()).as(thread.body()).isEqualTo(201);
        assertFoundOnB(postWord, System.nanoTime());
    }

    @Test
    void a_reply_written_on_one_node_appears_live_on_the_other_within_five_seconds() throws Exception {
        signIn(b.url("/login"), "staff.shinjuku");
        HttpResponse<String> started = post(a, "/api/spaces/forum/threads", "staff.shinjuku",
                Map.of("title", "ノードをまたぐライブ " + word(), "body", "B で読みます"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String threadId = JSON.readTree(started.body()).get("id").asString();
        browser.driver().get(b.url("/threads/" + threadId));
        browser.await().until(d -> d.findElements(By.cssSelector("#posts .taiwa-post")).size() == 1);
        browser.driver().executeScript("window.taiwaPageMark = 'not reloaded';");
        assertThat(browser.driver().findElements(By.id("notification-count"))).noneMatch(WebElement::isDisplayed);

        String reply = "A からの返信 " + word();
        HttpResponse<String> replied = post(a, "/api/threads/" + threadId + "/posts", "staff.minato",
                Map.of("body", reply));
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(201);
        long sent = System.nanoTime();

        new WebDriverWait(browser.driver(), FIVE_SECONDS).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("posts"), reply));
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(FIVE_SECONDS);
        assertThat(browser.driver().executeScript("return window.taiwaPageMark")).as("no reload")
                .isEqualTo("not reloaded");
        // the reply to shinjuku's post is a notice for shinjuku, stored on A: B's bell shows it
        new WebDriverWait(browser.driver(), FIVE_SECONDS).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("notification-count")));
        assertThat(browser.driver().findElement(By.id("notification-count")).getText()).isEqualTo("1");
        browser.screenshot("two-nodes-live-reply-b.png");
    }

    private void signIn(String loginUrl, String username) {
        browser.driver().get(loginUrl);
        browser.signInWithDemoAccount(username, "taiwa-demo");
        browser.waitFor(By.id("member-name"));
    }

    private static void assertFoundOnB(String word, long writtenAt) throws Exception {
        String path = "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        while (true) {
            JsonNode result = JSON.readTree(get(b, path, "staff.minato").body());
            if (result.get("total").asLong() > 0) {
                break;
            }
            assertThat(Duration.ofNanos(System.nanoTime() - writtenAt)).as("%s not found on node B", word)
                    .isLessThan(FIVE_SECONDS);
            Thread.sleep(100);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - writtenAt)).isLessThan(FIVE_SECONDS);
    }

    /** A word that no other text contains: lower-case letters, one token for the analyser. */
    private static String word() {
        var letters = new StringBuilder("nodes");
        ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    private static HttpResponse<String> get(AppNode node, String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(node.url(path))).GET(), user);
    }

    private static HttpResponse<String> post(AppNode node, String path, String user, Map<String, String> body)
            throws Exception {
        return send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), user);
    }

    private static HttpResponse<String> upload(AppNode node, String user, String title, byte[] text)
            throws Exception {
        String boundary = "taiwa-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("title", title, "documentType", "REPORT", "fiscalYear", "平成23年度",
                "visibility", "ALL_MUNICIPALITIES");
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"memo.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(text);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(node.url("/api/documents")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), user);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String user)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":taiwa-demo").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request.header("Authorization", "Basic " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
