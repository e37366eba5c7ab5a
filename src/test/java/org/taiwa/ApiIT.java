package org.taiwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TaiwaIntegrationTest
class ApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void me_returns_the_member_with_their_municipality_in_both_languages() throws Exception {
        HttpResponse<String> response = get("/api/me", "staff.minato", "taiwa-demo");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = json.readTree(response.body());
        assertThat(me.get("username").asString()).isEqualTo("staff.minato");
        assertThat(me.get("displayName").asString()).isEqualTo("港区 職員");
        assertThat(me.get("municipality").get("nameJa").asString()).isEqualTo("港区");
        assertThat(me.get("municipality").get("nameEn").asString()).isEqualTo("Minato");
        assertThat(me.get("roles").values()).extracting(JsonNode::asString).containsExactly("member");
    }

    @Test
    void me_of_a_member_without_municipality_has_none() throws Exception {
        JsonNode me = json.readTree(get("/api/me", "secretariat", "taiwa-demo").body());
        assertThat(me.get("municipality").isNull()).isTrue();
        assertThat(me.get("roles").values()).extracting(JsonNode::asString).containsExactly("secretariat");
    }

    @Test
    void without_credentials_the_api_answers_401_as_a_problem_detail() throws Exception {
        HttpResponse<String> response = get("/api/me", null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asString()).isEqualTo("Sign-in required");
    }

    @Test
    void a_wrong_password_is_401() throws Exception {
        assertThat(get("/api/me", "staff.minato", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_detail() throws Exception {
        HttpResponse<String> response = get("/api/no-such-thing", "staff.minato", "taiwa-demo");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void municipalities_lists_all_62_with_kind_region_and_participation() throws Exception {
        HttpResponse<String> response = get("/api/municipalities", "academic.yamada", "taiwa-demo");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(response.body());
        assertThat(list.size()).isEqualTo(62);
        JsonNode hachioji = list.values().stream().filter(m -> m.get("id").asString().equals("hachioji"))
                .findFirst().orElseThrow();
        assertThat(hachioji.get("nameJa").asString()).isEqualTo("八王子市");
        assertThat(hachioji.get("kind").asString()).isEqualTo("city");
        assertThat(hachioji.get("region").asString()).isEqualTo("tama");
        assertThat(hachioji.get("participation").values()).extracting(JsonNode::asString)
                .containsExactly("committee_2009_2011", "joint_purchase_2011", "model_study_2011");
    }

    @Test
    void the_openapi_description_lists_the_api() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(response.body()).get("paths");
        assertThat(paths.has("/api/me")).isTrue();
        assertThat(paths.has("/api/municipalities")).isTrue();
    }

    @Test
    void health_is_up_with_the_database_indicator_and_needs_no_sign_in() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
