package org.taiwa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API of a portal outside the test's JVM ({@link PortalProcess}) as a demo account (HTTP Basic, password
 * taiwa-demo); like {@link DemoApiSupport}, without a Spring context.
 */
public final class PortalApi {

    private static final String PASSWORD = "taiwa-demo";
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PortalApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(request(path).GET(), user);
    }

    /** POST of a JSON body, with an {@code Idempotency-Key} unless it is null. */
    public HttpResponse<String> post(String path, String user, String jsonBody, String idempotencyKey)
            throws IOException, InterruptedException {
        var request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request, user);
    }

    /** A multipart upload: the form fields as name/value pairs, then one file. */
    public HttpResponse<String> upload(String path, String user, List<String> fields, String fileName,
                                       byte[] content) throws IOException, InterruptedException {
        String boundary = "taiwa-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.size(); i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields.get(i)
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + fields.get(i + 1) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), user);
    }

    /** Anonymous GET (health, public pages). */
    public HttpResponse<String> anonymous(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        request.header("Authorization", "Basic " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
