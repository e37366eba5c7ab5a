package org.taiwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * What an operator watches: the probes, the health details only the secretariat sees, the Prometheus metrics
 * only a scraper with the token or the secretariat may read, and the request id on every response.
 */
@TaiwaIntegrationTest
class OperationsIT extends DemoApiSupport {

    private final HttpClient anonymous = HttpClient.newHttpClient();

    @Test
    void the_probes_answer_anyone_but_only_the_secretariat_sees_the_components() throws Exception {
        assertThat(anonymous("/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = anonymous("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(readiness.body()).has("components")).isFalse();
        assertThat(anonymous("/actuator/health").body()).doesNotContain("database").doesNotContain("searchIndex");

        JsonNode details = json.readTree(get("/actuator/health/readiness", "secretariat").body());
        assertThat(details.get("status").asString()).isEqualTo("UP");
        assertThat(details.get("components").propertyNames())
                .containsExactlyInAnyOrder("readinessState", "database", "searchIndex");
        assertThat(details.at("/components/searchIndex/details/lagChanges").asLong()).isGreaterThanOrEqualTo(0);

        JsonNode all = json.readTree(get("/actuator/health", "secretariat").body());
        // the tests' mail server is only up during the mail tests: mail may be DEGRADED, the portal stays UP
        assertThat(all.get("status").asString()).isEqualTo("UP");
        assertThat(all.at("/components/mail/status").asString()).isIn("UP", "DEGRADED");
        assertThat(json.readTree(get("/actuator/health", "staff.minato").body()).has("components")).isFalse();
    }

    @Test
    void prometheus_metrics_are_for_the_secretariat_only() throws Exception {
        assertThat(anonymous("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "staff.minato").statusCode()).isEqualTo(403);

        // a search, a page that opens a Vaadin session, then the figures
        assertThat(get("/api/search?q=" + java.net.URLEncoder.encode("共同購入", StandardCharsets.UTF_8),
                "staff.minato").statusCode()).isEqualTo(200);
        assertThat(anonymous("/login").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = get("/actuator/prometheus", "secretariat");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_bucket")
                .contains("taiwa_search_index_lag_changes")
                .contains("taiwa_search_index_lag_seconds")
                .contains("taiwa_vaadin_sessions")
                .containsPattern("taiwa_search_seconds_count(\\{[^}]*\\})? [1-9]");
        assertThat(value(metrics.body(), "taiwa_vaadin_sessions")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void every_response_carries_a_request_id_and_a_proxy_id_is_kept_only_when_well_formed() throws Exception {
        HttpResponse<String> fresh = anonymous("/actuator/health/liveness");
        assertThat(fresh.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16}");

        HttpResponse<String> given = anonymous(HttpRequest.newBuilder(uri("/actuator/health/liveness"))
                .header("X-Request-Id", "proxy-4711.a"));
        assertThat(given.headers().firstValue("X-Request-Id")).contains("proxy-4711.a");

        HttpResponse<String> forged = anonymous(HttpRequest.newBuilder(uri("/actuator/health/liveness"))
                .header("X-Request-Id", "a\" b=\"forged"));
        assertThat(forged.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16}");

        assertThat(get("/api/me", "staff.minato").headers().firstValue("X-Request-Id")).isPresent();
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return anonymous(HttpRequest.newBuilder(uri(path)));
    }

    private HttpResponse<String> anonymous(HttpRequest.Builder request) throws Exception {
        return anonymous.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static double value(String prometheus, String name) {
        return prometheus.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
