package org.taiwa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The rate limits over HTTP. Each test uses an account or name no other test uses, so that an emptied bucket
 * holds up nobody else sharing the application.
 */
@TaiwaIntegrationTest
class RateLimitsIT extends DemoApiSupport {

    private final HttpClient anonymous = HttpClient.newHttpClient();

    @Test
    void posting_past_the_limit_is_a_429_problem_with_retry_after() throws Exception {
        String member = "staff.mikurajima";
        HttpResponse<String> started = post("/api/spaces/forum/threads", member,
                Map.of("title", "連投 " + UUID.randomUUID(), "body", "最初"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String thread = json.readTree(started.body()).get("id").asString();
        HttpResponse<String> refused = null;
        int accepted = 1;
        for (int i = 0; i < 200 && refused == null; i++) {
            HttpResponse<String> reply = post("/api/threads/" + thread + "/posts", member, Map.of("body", "返信 " + i));
            if (reply.statusCode() == 429) {
                refused = reply;
            } else {
                assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
                accepted++;
            }
        }
        // 60 at once, and one more every second while the replies are written
        assertThat(accepted).as("the default: 60 a minute").isBetween(60, 150);
        assertProblem(refused, 429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("limit").asString()).isEqualTo("posting");
        // reading is not posting: the member's other requests go on
        assertThat(get("/api/threads/" + thread, member).statusCode()).isEqualTo(200);
    }

    @Test
    void failed_sign_ins_block_the_account_for_the_form_and_http_basic() throws Exception {
        String account = "nobody.ratelimit-" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            assertThat(signIn(account, "wrong", "application/json").statusCode()).as("attempt " + i).isEqualTo(302);
        }
        HttpResponse<String> refused = signIn(account, "wrong", "application/json");
        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.readTree(refused.body()).get("limit").asString()).isEqualTo("sign-in-account");

        HttpResponse<String> browser = signIn(account, "wrong", "text/html,application/xhtml+xml");
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location").orElse("")).contains("/login?blocked=");

        String basic = Base64.getEncoder().encodeToString((account + ":wrong").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> api = anonymous.send(HttpRequest.newBuilder(uri("/api/spaces"))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(api, 429);

        assertThat(signIn("staff.shinjuku", "taiwa-demo", "application/json").headers().firstValue("Location")
                .orElse("")).as("another account is not held up").doesNotContain("error").doesNotContain("blocked");
    }

    private HttpResponse<String> signIn(String username, String password, String accept) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return anonymous.send(HttpRequest.newBuilder(uri("/login")).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
