package org.taiwa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;

/** No error a client sees shows a stack trace, an exception or a class name, on the API or elsewhere. */
@TaiwaIntegrationTest
class ErrorResponsesIT extends DemoApiSupport {

    private final HttpClient anonymous = HttpClient.newHttpClient();

    private static void assertNoInternals(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.", "org.taiwa", "org.springframework",
                "jakarta.", "tools.jackson", "com.vaadin", "trace");
    }

    @Test
    void unreadable_json_on_the_api_is_a_400_problem_without_internals() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/spaces/forum/threads"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\": ")),
                "staff.minato");
        assertProblem(response, 400);
        assertNoInternals(response);
    }

    @Test
    void a_wrong_method_and_a_wrong_media_type_on_the_api_are_problems_without_internals() throws Exception {
        HttpResponse<String> method = send(HttpRequest.newBuilder(uri("/api/spaces/forum/threads"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()), "staff.minato");
        assertThat(method.statusCode()).isIn(404, 405);
        assertNoInternals(method);
        HttpResponse<String> type = send(HttpRequest.newBuilder(uri("/api/spaces/forum/threads"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")), "staff.minato");
        // the catch-all of unknown API paths answers what no endpoint consumes
        assertThat(type.statusCode()).isIn(404, 415);
        assertThat(type.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertNoInternals(type);
    }

    @Test
    void an_api_body_over_the_limit_is_a_413_problem() throws Exception {
        char[] big = new char[1024 * 1024 + 10];
        Arrays.fill(big, 'x');
        String body = "{\"title\": \"t\", \"body\": \"" + new String(big) + "\"}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/spaces/forum/threads"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                "staff.minato");
        assertProblem(response, 413);
        assertNoInternals(response);
    }

    @Test
    void unknown_paths_and_wrong_methods_outside_the_api_show_no_internals() throws Exception {
        HttpResponse<String> missing = anonymous.send(HttpRequest.newBuilder(uri("/frontend-static/nope.css")).GET()
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        // Vaadin answers paths it does not know with its page, which shows its own not-found view
        assertNoInternals(missing);
        HttpResponse<String> method = anonymous.send(HttpRequest.newBuilder(uri("/frontend-static/styles/taiwa.css"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertNoInternals(method);
        HttpResponse<String> error = anonymous.send(HttpRequest.newBuilder(uri("/error")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertNoInternals(error);
    }

    @Test
    void a_broken_vaadin_request_shows_no_internals() throws Exception {
        HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=999"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{broken"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertNoInternals(response);
    }
}
