package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;

import tools.jackson.databind.JsonNode;

@TaiwaIntegrationTest
class PostAttachmentsIT extends DemoApiSupport {

    @Test
    void the_author_attaches_a_library_document_that_readers_see_and_the_document_page_links_back() throws Exception {
        String threadId = start("forum", "staff.minato", "ガイドブックについて");
        String post = openingPost(threadId, "staff.minato");

        HttpResponse<String> attached = put("/api/posts/" + post + "/attachments/demo-guidebook", "staff.minato",
                Map.of());
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
        assertThat(json.readTree(attached.body()).get("title").asString()).contains("ガイドブック");
        assertThat(put("/api/posts/" + post + "/attachments/demo-guidebook", "staff.minato", Map.of()).statusCode())
                .as("attaching twice changes nothing").isEqualTo(200);

        JsonNode seen = json.readTree(get("/api/posts/" + post + "/attachments", "staff.shinjuku").body());
        assertThat(seen.size()).isEqualTo(1);
        assertThat(seen.get(0).get("url").asString()).isEqualTo("/library/demo-guidebook");

        JsonNode links = json.readTree(get("/api/documents/demo-guidebook/discussions", "staff.shinjuku").body());
        assertThat(links.values().stream().map(l -> l.get("path").asString())).contains("threads/" + threadId);

        assertThat(send(HttpRequest.newBuilder(uri("/api/posts/" + post + "/attachments/demo-guidebook")).DELETE(),
                "staff.minato").statusCode()).isEqualTo(204);
        assertThat(json.readTree(get("/api/posts/" + post + "/attachments", "staff.shinjuku").body()).size()).isZero();
    }

    @Test
    void only_the_author_attaches_and_only_documents_that_exist() throws Exception {
        String post = openingPost(start("forum", "staff.minato", "添付の権限"), "staff.minato");
        assertProblem(put("/api/posts/" + post + "/attachments/demo-guidebook", "staff.shinjuku", Map.of()), 403);
        assertProblem(put("/api/posts/" + post + "/attachments/no-such-document", "staff.minato", Map.of()), 400);
        assertProblem(put("/api/posts/no-such-post/attachments/demo-guidebook", "staff.minato", Map.of()), 404);
    }

    @Test
    void a_committee_thread_linking_a_document_is_not_shown_to_outsiders() throws Exception {
        String threadId = start("municipal-committee", "staff.minato", "委員会でのガイドブック検討");
        String post = openingPost(threadId, "staff.minato");
        assertThat(put("/api/posts/" + post + "/attachments/demo-pamphlet", "staff.minato", Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/documents/demo-pamphlet/discussions", "staff.shinjuku").body()).contains(threadId);
        assertThat(get("/api/documents/demo-pamphlet/discussions", "staff.mitaka").body()).doesNotContain(threadId);
    }

    private String start(String space, String user, String title) throws Exception {
        HttpResponse<String> created = post("/api/spaces/" + space + "/threads", user,
                Map.of("title", title, "body", "本文"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

    private String openingPost(String threadId, String user) throws Exception {
        return json.readTree(get("/api/threads/" + threadId, user).body()).get("posts").get(0).get("id").asString();
    }
}
