package org.taiwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls to the running application's API as a demo account (HTTP Basic, password taiwa-demo). */
public abstract class DemoApiSupport {

    private static final String PASSWORD = "taiwa-demo";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;
    @Autowired
    protected JsonMapper json;

    protected HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    protected HttpResponse<String> post(String path, String user, Map<String, String> body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), user);
    }

    protected HttpResponse<String> put(String path, String user, Map<String, String> body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), user);
    }

    protected HttpResponse<String> send(HttpRequest.Builder request, String user)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        request.header("Authorization", "Basic " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A problem detail (RFC 9457) with this status. */
    protected void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }

    protected static List<String> ids(JsonNode list) {
        return list.values().stream().map(n -> n.get("id").asString()).toList();
    }
}
