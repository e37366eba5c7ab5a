package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;

import tools.jackson.databind.JsonNode;

@TaiwaIntegrationTest
class ProposalApiIT extends DemoApiSupport {

    @Test
    void proposals_answer_201_400_403_and_409() throws Exception {
        String threadId = json.readTree(post("/api/spaces/municipal-committee/threads", "staff.minato",
                Map.of("title", "提言案", "body", "本文")).body()).get("id").asString();
        String closesAt = java.time.Instant.now().plusSeconds(3600).toString();
        HttpResponse<String> created = post("/api/threads/" + threadId + "/proposal", "staff.minato",
                Map.of("title", "共同購入", "description", "**続ける**", "closesAt", closesAt));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();
        assertProblem(post("/api/threads/" + threadId + "/proposal", "staff.minato",
                Map.of("title", "二つ目", "description", "d", "closesAt", closesAt)), 409);
        assertProblem(put("/api/proposals/" + id + "/position", "staff.mitaka", Map.of("position", "AGREE")), 403);
        assertProblem(put("/api/proposals/" + id + "/position", "staff.shinjuku", Map.of("position", "BLOCK")), 400);
        HttpResponse<String> agreed = put("/api/proposals/" + id + "/position", "staff.shinjuku",
                Map.of("position", "AGREE", "reason", ""));
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        assertProblem(post("/api/proposals/" + id + "/close", "staff.shinjuku", Map.of()), 403);
        assertThat(post("/api/proposals/" + id + "/close", "staff.minato", Map.of()).statusCode()).isEqualTo(200);
        assertProblem(put("/api/proposals/" + id + "/position", "staff.shinjuku",
                Map.of("position", "DISAGREE", "reason", "遅い")), 409);
        assertThat(post("/api/proposals/" + id + "/outcome", "staff.minato", Map.of("outcome", "採択")).statusCode())
                .isEqualTo(200);

        JsonNode read = json.readTree(get("/api/threads/" + threadId + "/proposal", "staff.minato").body());
        assertThat(read.get("status").asString()).isEqualTo("CLOSED");
        assertThat(read.get("outcome").asString()).isEqualTo("採択");
        assertThat(read.get("tally").get("counts").get("AGREE").asInt()).isEqualTo(1);
        assertThat(read.get("tally").get("result").asString()).isEqualTo("AGREED");
        assertThat(read.get("tally").get("byMunicipality").get("新宿区").get("AGREE").asInt()).isEqualTo(1);
    }

}
