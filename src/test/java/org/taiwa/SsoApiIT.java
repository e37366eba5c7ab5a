package org.taiwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API as an OAuth2 resource server, with access tokens from the real Keycloak. */
@SsoIntegrationTest
class SsoApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void keycloak() {
        Keycloak.ensureRunning();
    }

    @Test
    void a_token_from_keycloak_gets_the_member_with_their_municipality() throws Exception {
        String token = Keycloak.passwordGrant("taiwa-test", "taiwa-test-demo-secret", "staff.minato", "taiwa-demo");
        HttpResponse<String> response = me(token);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = JSON.readTree(response.body());
        assertThat(me.get("username").asString()).isEqualTo("staff.minato");
        assertThat(me.get("municipality").get("nameJa").asString()).isEqualTo("港区");
        assertThat(me.get("municipality").get("nameEn").asString()).isEqualTo("Minato");
        assertThat(me.get("roles").values()).extracting(JsonNode::asString).containsExactly("member");
    }

    @Test
    void realm_roles_become_the_members_roles() throws Exception {
        String token = Keycloak.passwordGrant("taiwa-test", "taiwa-test-demo-secret", "approver.minato", "taiwa-demo");
        JsonNode me = JSON.readTree(me(token).body());
        assertThat(me.get("roles").values()).extracting(JsonNode::asString).containsExactly("approver", "member");
    }

    @Test
    void no_token_is_401_problem_detail() throws Exception {
        HttpResponse<String> response = me(null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void a_token_for_another_client_is_401() throws Exception {
        String token = Keycloak.passwordGrant("taiwa-other", "taiwa-other-demo-secret", "staff.minato", "taiwa-demo");
        assertThat(me(token).statusCode()).isEqualTo(401);
    }

    @Test
    void a_tampered_token_is_401() throws Exception {
        String token = Keycloak.passwordGrant("taiwa-test", "taiwa-test-demo-secret", "staff.minato", "taiwa-demo");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("港区", "新宿区");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(me(forged).statusCode()).isEqualTo(401);
        assertThat(me("not.a.token").statusCode()).isEqualTo(401);
    }

    @Test
    void an_expired_token_is_401() throws Exception {
        Keycloak.setAccessTokenLifespan("taiwa-test", 1);
        try {
            String token = Keycloak.passwordGrant("taiwa-test", "taiwa-test-demo-secret", "staff.minato", "taiwa-demo");
            Thread.sleep(8_000); // 1 s lifespan plus the 5 s clock skew the API allows
            assertThat(me(token).statusCode()).isEqualTo(401);
        } finally {
            Keycloak.setAccessTokenLifespan("taiwa-test", 300);
        }
    }

    @Test
    void the_audit_api_is_for_the_secretariat_and_refuses_a_member_with_403() throws Exception {
        String member = Keycloak.passwordGrant("taiwa-test", "taiwa-test-demo-secret", "staff.minato", "taiwa-demo");
        HttpResponse<String> refused = get("/api/audit", member);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(refused.body()).get("title").asString()).isEqualTo("Not allowed");

        String secretariat = Keycloak.passwordGrant("taiwa-test", "taiwa-test-demo-secret", "secretariat", "taiwa-demo");
        HttpResponse<String> allowed = get("/api/audit?size=5", secretariat);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(allowed.body()).get("entries").isArray()).isTrue();
        assertThat(get("/api/audit?size=100000", secretariat).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> me(String token) throws IOException, InterruptedException {
        return get("/api/me", token);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
