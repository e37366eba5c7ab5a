package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.DemoApiSupport;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.security.policy.Visibility;

import tools.jackson.databind.JsonNode;

@TaiwaIntegrationTest
class ModerationApiIT extends DemoApiSupport {

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    Spaces spaces;

    @Test
    void a_moderator_hides_and_unhides_a_post_and_readers_see_the_reason() throws Exception {
        String threadId = startForumThread();
        String reply = reply(threadId, null, "staff.hachioji", "秘密の内容");

        assertProblem(post("/api/posts/" + reply + "/hide", "staff.minato", Map.of("reason", "荒らし")), 403);
        assertProblem(post("/api/posts/" + reply + "/hide", "moderator.musashino", Map.of("reason", " ")), 400);
        assertProblem(post("/api/posts/" + reply + "/hide", "moderator.musashino", Map.of()), 400);
        assertProblem(post("/api/posts/no-such-post/hide", "moderator.musashino", Map.of("reason", "x")), 404);

        HttpResponse<String> hidden = post("/api/posts/" + reply + "/hide", "moderator.musashino",
                Map.of("reason", "個人情報"));
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
        assertThat(json.readTree(hidden.body()).get("hidden").asBoolean()).isTrue();
        assertThat(json.readTree(hidden.body()).get("bodyHtml").asString()).contains("秘密の内容");

        JsonNode seen = postIn(threadId, reply, "staff.minato");
        assertThat(seen.get("hidden").asBoolean()).isTrue();
        assertThat(seen.get("hiddenReason").asString()).isEqualTo("個人情報");
        assertThat(seen.get("bodyHtml").asString()).isEmpty();
        assertThat(postIn(threadId, reply, "staff.hachioji").get("bodyHtml").asString()).contains("秘密の内容");
        assertProblem(post("/api/threads/" + threadId + "/posts", "staff.minato",
                Map.of("body", "x", "parentId", reply)), 400);

        assertProblem(post("/api/posts/" + reply + "/unhide", "staff.minato", Map.of()), 403);
        HttpResponse<String> shown = post("/api/posts/" + reply + "/unhide", "moderator.musashino", Map.of());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(postIn(threadId, reply, "staff.minato").get("bodyHtml").asString()).contains("秘密の内容");
        assertThat(postIn(threadId, reply, "staff.minato").get("hidden").asBoolean()).isFalse();
    }

    @Test
    void a_moderator_pins_and_unpins_a_thread() throws Exception {
        String threadId = startForumThread();
        assertProblem(post("/api/threads/" + threadId + "/pin", "staff.minato", Map.of()), 403);
        HttpResponse<String> pinned = post("/api/threads/" + threadId + "/pin", "moderator.musashino", Map.of());
        assertThat(pinned.statusCode()).isEqualTo(200);
        assertThat(json.readTree(pinned.body()).get("pinned").asBoolean()).isTrue();
        assertThat(json.readTree(post("/api/threads/" + threadId + "/unpin", "moderator.musashino", Map.of()).body())
                .get("pinned").asBoolean()).isFalse();
        assertProblem(post("/api/threads/no-such-thread/pin", "moderator.musashino", Map.of()), 404);
    }

    @Test
    void a_moved_thread_is_listed_in_its_new_space() throws Exception {
        String threadId = startForumThread();
        assertProblem(post("/api/threads/" + threadId + "/move", "staff.minato",
                Map.of("spaceId", "municipal-committee")), 403);
        assertProblem(post("/api/threads/" + threadId + "/move", "moderator.musashino", Map.of()), 400);
        assertProblem(post("/api/threads/" + threadId + "/move", "moderator.musashino",
                Map.of("spaceId", "no-such-space")), 404);
        member.signIn("secretariat");
        Space archived = spaces.create(new NewSpace(SpaceKind.WORKING_GROUP, "閉じた部会", "Closed", "",
                Visibility.ALL_MUNICIPALITIES, Set.of(), Set.of(), Set.of()));
        spaces.archive(archived.id());
        assertProblem(post("/api/threads/" + threadId + "/move", "moderator.musashino",
                Map.of("spaceId", archived.id().value())), 409);

        HttpResponse<String> moved = post("/api/threads/" + threadId + "/move", "moderator.musashino",
                Map.of("spaceId", "municipal-committee"));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json.readTree(moved.body()).get("spaceId").asString()).isEqualTo("municipal-committee");
        assertThat(ids(json.readTree(get("/api/spaces/municipal-committee/threads?size=200", "staff.minato").body())))
                .contains(threadId);
        assertThat(ids(json.readTree(get("/api/spaces/forum/threads?size=200", "staff.minato").body())))
                .doesNotContain(threadId);
        assertProblem(get("/api/threads/" + threadId, "staff.mitaka"), 403);
    }

    @Test
    void a_split_answers_201_with_the_new_thread_and_again_when_repeated() throws Exception {
        String threadId = startForumThread();
        String opening = json.readTree(get("/api/threads/" + threadId, "staff.minato").body()).get("posts").get(0)
                .get("id").asString();
        String branch = reply(threadId, null, "staff.shinjuku", "別の話題");
        reply(threadId, branch, "staff.hachioji", "その返信");

        assertProblem(post("/api/posts/" + branch + "/split", "staff.minato", Map.of("title", "新")), 403);
        assertProblem(post("/api/posts/" + opening + "/split", "moderator.musashino", Map.of("title", "新")), 400);
        assertProblem(post("/api/posts/" + branch + "/split", "moderator.musashino", Map.of("title", "")), 400);
        assertProblem(post("/api/posts/no-such-post/split", "moderator.musashino", Map.of("title", "新")), 404);

        HttpResponse<String> split = post("/api/posts/" + branch + "/split", "moderator.musashino",
                Map.of("title", "別の話題について"));
        assertThat(split.statusCode()).as(split.body()).isEqualTo(201);
        JsonNode created = json.readTree(split.body());
        String newThread = created.get("id").asString();
        assertThat(split.headers().firstValue("Location")).hasValue("/api/threads/" + newThread);
        assertThat(created.get("replyCount").asInt()).isEqualTo(1);
        assertThat(created.get("title").asString()).isEqualTo("別の話題について");

        HttpResponse<String> again = post("/api/posts/" + branch + "/split", "moderator.musashino",
                Map.of("title", "別の話題について"));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json.readTree(again.body()).get("id").asString()).isEqualTo(newThread);
        JsonNode source = json.readTree(get("/api/threads/" + threadId, "staff.minato").body());
        assertThat(source.get("totalPosts").asInt()).isEqualTo(2);
        assertThat(json.readTree(get("/api/threads/" + newThread, "staff.minato").body()).get("totalPosts").asInt())
                .isEqualTo(2);
    }

    private String startForumThread() throws Exception {
        HttpResponse<String> created = post("/api/spaces/forum/threads", "staff.minato",
                Map.of("title", "モデレーション " + UUID.randomUUID(), "body", "本文"));
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

    private String reply(String threadId, String parentId, String user, String body) throws Exception {
        Map<String, String> request = parentId == null ? Map.of("body", body)
                : Map.of("body", body, "parentId", parentId);
        HttpResponse<String> reply = post("/api/threads/" + threadId + "/posts", user, request);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        return json.readTree(reply.body()).get("id").asString();
    }

    private JsonNode postIn(String threadId, String postId, String user) throws Exception {
        JsonNode page = json.readTree(get("/api/threads/" + threadId + "?size=200", user).body());
        return page.get("posts").values().stream().filter(p -> p.get("id").asString().equals(postId)).findFirst()
                .orElseThrow();
    }
}
