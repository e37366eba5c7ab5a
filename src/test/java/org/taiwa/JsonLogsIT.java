package org.taiwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * The json-logs profile writes one JSON object a line, and the request's id is a field of the lines logged while
 * it ran. In a process of its own: the logging system is global, and the other tests' lines stay plain.
 */
class JsonLogsIT {

    private static final String ANSWERED = "GET /actuator/health/liveness 200";

    @TempDir
    Path dataDir;

    @Test
    void with_the_json_logs_profile_every_line_is_json_and_carries_the_request_id() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                TaiwaApplication.class.getName(), "--spring.profiles.active=json-logs", "--server.port=" + port,
                "--taiwa.storage.data-dir=" + dataDir, "--vaadin.productionMode=true",
                "--taiwa.discussion.demo-data=false", "--taiwa.library.demo-data=false",
                "--taiwa.purchase.demo-data=false", "--taiwa.notification.scheduling=false",
                "--logging.level.org.taiwa.shell.internal.RequestIdFilter=debug")
                .redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (Exception ignored) {
                // the process ended
            }
        });
        try {
            var http = HttpClient.newHttpClient();
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness"))
                    .header("X-Request-Id", "json-log-test-1").build();
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
            // polls made while the node starts answer 503 (liveness is BROKEN until the context has started)
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream()
                    .anyMatch(line -> line.contains("json-log-test-1") && line.contains(ANSWERED)));
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
            reader.join(5_000);
        }
        var json = JsonMapper.builder().build();
        List<String> logLines = lines.stream().filter(line -> line.startsWith("{")).toList();
        assertThat(logLines).hasSizeGreaterThan(5);
        JsonNode access = logLines.stream().map(json::readTree)
                .filter(node -> "json-log-test-1".equals(node.path("requestId").asString(null)))
                .filter(node -> node.path("message").asString("").contains(ANSWERED))
                .findFirst().orElseThrow(() -> new AssertionError("no JSON line with the request id in " + lines));
        assertThat(access.path("log.level").asString(access.at("/log/level").asString(""))).isEqualTo("DEBUG");
    }
}
