package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;

import tools.jackson.databind.JsonNode;

@TaiwaIntegrationTest
class DiscussionApiIT extends DemoApiSupport {

    @Test
    void spaces_lists_what_the_member_may_read() throws Exception {
        HttpResponse<String> minato = get("/api/spaces", "staff.minato");
        assertThat(minato.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(minato.body());
        assertThat(ids(list)).contains("municipal-committee", "joint-plenary", "model-1", "forum")
                .doesNotContain("expert-committee");
        JsonNode committee = list.values().stream().filter(s -> s.get("id").asString().equals("municipal-committee"))
                .findFirst().orElseThrow();
        assertThat(committee.get("nameJa").asString()).isEqualTo("自治体委員会");
        assertThat(committee.get("memberMunicipalities").size()).isEqualTo(20);

        assertThat(ids(json.readTree(get("/api/spaces", "staff.mitaka").body())))
                .doesNotContain("municipal-committee").contains("forum");
    }

    @Test
    void a_thread_is_started_read_and_answered() throws Exception {
        HttpResponse<String> created = post("/api/spaces/municipal-committee/threads", "staff.minato",
                Map.of("title", "提言1の検討", "body", "# 論点\n\n**合意**\n\n<script>alert(1)</script>"));
        assertThat(created.statusCode()).isEqualTo(201);
        String threadId = json.readTree(created.body()).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/threads/" + threadId);

        JsonNode page = json.readTree(get("/api/threads/" + threadId, "staff.minato").body());
        JsonNode opening = page.get("posts").get(0);
        assertThat(opening.get("parentId").isNull()).isTrue();
        assertThat(opening.get("author").asString()).isEqualTo("staff.minato");
        assertThat(opening.get("municipality").asString()).isEqualTo("港区");
        assertThat(opening.get("bodyHtml").asString()).contains("<strong>合意</strong>").doesNotContain("<script");
        assertThat(opening.has("createdAt")).isTrue();
        assertThat(opening.has("editedAt")).isTrue();

        HttpResponse<String> reply = post("/api/threads/" + threadId + "/posts", "staff.shinjuku",
                Map.of("body", "賛成です", "parentId", opening.get("id").asString()));
        assertThat(reply.statusCode()).isEqualTo(201);
        HttpResponse<String> nested = post("/api/threads/" + threadId + "/posts", "staff.hachioji",
                Map.of("body", "補足します", "parentId", json.readTree(reply.body()).get("id").asString()));
        assertThat(nested.statusCode()).isEqualTo(201);

        JsonNode after = json.readTree(get("/api/threads/" + threadId + "?page=0&size=2", "staff.minato").body());
        assertThat(after.get("totalPosts").asInt()).isEqualTo(3);
        assertThat(after.get("posts").size()).isEqualTo(2);
        assertThat(after.get("posts").get(1).get("parentId").asString()).isEqualTo(opening.get("id").asString());
        assertThat(after.get("thread").get("replyCount").asInt()).isEqualTo(2);

        JsonNode list = json.readTree(get("/api/spaces/municipal-committee/threads", "staff.minato").body());
        assertThat(ids(list)).contains(threadId);
    }

    @Test
    void bad_input_is_a_400_problem_detail() throws Exception {
        String threadId = startForumThread();
        HttpResponse<String> blank = post("/api/threads/" + threadId + "/posts", "staff.minato", Map.of("body", "   "));
        assertProblem(blank, 400);
        assertThat(json.readTree(blank.body()).get("detail").asString()).contains("needs some text");
        assertProblem(post("/api/threads/" + threadId + "/posts", "staff.minato",
                Map.of("body", "x".repeat(100_001))), 400);
        assertProblem(post("/api/threads/" + threadId + "/posts", "staff.minato",
                Map.of("body", "x", "parentId", "no-such-post")), 400);
        assertProblem(post("/api/spaces/forum/threads", "staff.minato", Map.of("title", "", "body", "x")), 400);
        assertThat(json.readTree(get("/api/threads/" + threadId, "staff.minato").body()).get("totalPosts").asInt())
                .isEqualTo(1);
    }

    @Test
    void a_member_of_another_municipality_gets_403() throws Exception {
        assertProblem(get("/api/spaces/municipal-committee/threads", "staff.mitaka"), 403);
        assertProblem(post("/api/spaces/municipal-committee/threads", "staff.mitaka",
                Map.of("title", "t", "body", "b")), 403);
        String threadId = json.readTree(post("/api/spaces/municipal-committee/threads", "staff.minato",
                Map.of("title", "非公開", "body", "本文")).body()).get("id").asString();
        assertProblem(get("/api/threads/" + threadId, "staff.mitaka"), 403);
        assertProblem(post("/api/threads/" + threadId + "/posts", "staff.mitaka", Map.of("body", "x")), 403);
    }

    @Test
    void unknown_spaces_and_threads_are_404() throws Exception {
        assertProblem(get("/api/spaces/no-such-space/threads", "staff.minato"), 404);
        assertProblem(get("/api/threads/no-such-thread", "staff.minato"), 404);
        assertProblem(post("/api/threads/no-such-thread/posts", "staff.minato", Map.of("body", "x")), 404);
    }

    @Test
    void a_reply_to_a_locked_or_deleted_thread_is_409() throws Exception {
        String threadId = startForumThread();
        assertProblem(post("/api/threads/" + threadId + "/lock", "staff.minato", Map.of()), 403);
        HttpResponse<String> lock = post("/api/threads/" + threadId + "/lock", "moderator.musashino", Map.of());
        assertThat(lock.statusCode()).isEqualTo(200);
        assertThat(json.readTree(lock.body()).get("locked").asBoolean()).isTrue();
        HttpResponse<String> locked = post("/api/threads/" + threadId + "/posts", "staff.minato", Map.of("body", "x"));
        assertProblem(locked, 409);
        assertThat(json.readTree(locked.body()).get("detail").asString()).contains("locked");

        String other = startForumThread();
        String opening = json.readTree(get("/api/threads/" + other, "staff.minato").body()).get("posts").get(0)
                .get("id").asString();
        assertThat(send(HttpRequest.newBuilder(uri("/api/posts/" + opening)).DELETE(), "staff.minato").statusCode())
                .isEqualTo(204);
        HttpResponse<String> deleted = post("/api/threads/" + other + "/posts", "staff.minato", Map.of("body", "x"));
        assertProblem(deleted, 409);
        assertThat(json.readTree(deleted.body()).get("detail").asString()).contains("deleted");
    }

    @Test
    void the_author_edits_a_post_and_its_history_keeps_the_earlier_text() throws Exception {
        String threadId = startForumThread();
        String opening = json.readTree(get("/api/threads/" + threadId, "staff.minato").body()).get("posts").get(0)
                .get("id").asString();

        HttpResponse<String> edited = put("/api/posts/" + opening, "staff.minato", Map.of("body", "**改訂**版"));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode post = json.readTree(edited.body());
        assertThat(post.get("bodyHtml").asString()).contains("<strong>改訂</strong>");
        assertThat(post.get("editedAt").isNull()).isFalse();
        assertThat(json.readTree(get("/api/posts/" + opening + "/history", "staff.minato").body()).get(0).asString())
                .isEqualTo("本文");

        assertProblem(put("/api/posts/" + opening, "staff.shinjuku", Map.of("body", "乗っ取り")), 403);
        assertProblem(put("/api/posts/" + opening, "staff.minato", Map.of("body", " ")), 400);
        assertProblem(put("/api/posts/no-such-post", "staff.minato", Map.of("body", "x")), 404);
        assertThat(json.readTree(get("/api/threads/" + threadId, "staff.minato").body()).get("posts").get(0)
                .get("bodyHtml").asString()).contains("改訂").doesNotContain("乗っ取り");
    }

    @Test
    void the_secretariat_creates_and_archives_a_space_and_members_may_not() throws Exception {
        Map<String, Object> draft = Map.of("kind", "WORKING_GROUP", "nameJa", "会議運営WG", "nameEn", "Meetings WG",
                "visibility", "MEMBERS_ONLY", "memberMunicipalities", List.of("港区", "三鷹市"));
        assertProblem(postJson("/api/spaces", "staff.minato", draft), 403);
        assertProblem(postJson("/api/spaces", "secretariat", Map.of("kind", "FORUM", "nameJa", " ",
                "visibility", "PUBLIC")), 400);

        HttpResponse<String> created = postJson("/api/spaces", "secretariat", draft);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();
        assertThat(ids(json.readTree(get("/api/spaces", "staff.mitaka").body()))).contains(id);
        assertThat(ids(json.readTree(get("/api/spaces", "staff.shinjuku").body()))).doesNotContain(id);

        assertProblem(post("/api/spaces/" + id + "/archive", "staff.mitaka", Map.of()), 403);
        HttpResponse<String> archived = post("/api/spaces/" + id + "/archive", "secretariat", Map.of());
        assertThat(json.readTree(archived.body()).get("archived").asBoolean()).isTrue();
        assertProblem(post("/api/spaces/" + id + "/threads", "staff.mitaka", Map.of("title", "t", "body", "b")), 403);
    }

    private HttpResponse<String> postJson(String path, String user, Map<String, Object> body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), user);
    }

    private String startForumThread() throws Exception {
        HttpResponse<String> created = post("/api/spaces/forum/threads", "staff.minato",
                Map.of("title", "フォーラム", "body", "本文"));
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

}
