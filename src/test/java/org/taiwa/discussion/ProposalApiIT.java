package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.taiwa.TaiwaIntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TaiwaIntegrationTest
class ProposalApiIT {

    private static final String PASSWORD = "taiwa-demo";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

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

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }

    private static java.util.List<String> ids(JsonNode list) {
        return list.values().stream().map(n -> n.get("id").asString()).toList();
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    private HttpResponse<String> post(String path, String user, Map<String, String> body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), user);
    }

    private HttpResponse<String> put(String path, String user, Map<String, String> body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), user);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        request.header("Authorization", "Basic " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
