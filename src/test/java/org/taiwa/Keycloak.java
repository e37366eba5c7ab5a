package org.taiwa;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real Keycloak of the SSO tests: started by {@code scripts/keycloak.sh} (in .ci/run, or here
 * when it is not running yet) with the demo realm of config/keycloak/taiwa-realm.json, and driven
 * through its token endpoint and admin API.
 */
public final class Keycloak {

    public static final String URL = System.getenv().getOrDefault("TAIWA_KEYCLOAK_URL", "http://localhost:8180");
    public static final String ISSUER = URL + "/realms/taiwa";
    private static final String READY = System.getenv()
            .getOrDefault("TAIWA_KEYCLOAK_READY_URL", "http://127.0.0.1:9180/health/ready");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Keycloak() {
    }

    /** Starts Keycloak with the project's script unless it already answers ready. */
    public static synchronized void ensureRunning() {
        if (ready()) {
            return;
        }
        try {
            Process script = new ProcessBuilder("bash", "scripts/keycloak.sh", "start").inheritIO().start();
            if (!script.waitFor(300, TimeUnit.SECONDS) || script.exitValue() != 0) {
                throw new IllegalStateException("scripts/keycloak.sh start failed; see its output above");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run scripts/keycloak.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!ready()) {
            throw new IllegalStateException("Keycloak is not ready at " + READY);
        }
    }

    private static boolean ready() {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(READY)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An access token for a demo account through a client with direct access grants. */
    public static String passwordGrant(String clientId, String secret, String username, String password) {
        JsonNode token = post(ISSUER + "/protocol/openid-connect/token", null, Map.of("grant_type", "password",
                "client_id", clientId, "client_secret", secret, "username", username, "password", password,
                "scope", "openid"));
        return token.get("access_token").asString();
    }

    /** Lets the portal client of the demo realm serve an application on this port (redirects, back-channel logout). */
    public static void admitPortalOn(int port) {
        ObjectNode client = client("taiwa-portal");
        String base = "http://localhost:" + port;
        ((ArrayNode) client.get("redirectUris")).add(base + "/*");
        ((ArrayNode) client.withArray("webOrigins")).add(base);
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        String postLogout = attributes.has("post.logout.redirect.uris")
                ? attributes.get("post.logout.redirect.uris").asString() + "##" : "";
        attributes.put("post.logout.redirect.uris", postLogout + base + "/*");
        attributes.put("backchannel.logout.url", base + "/logout/connect/back-channel/keycloak");
        attributes.put("backchannel.logout.session.required", "true");
        put("/clients/" + client.get("id").asString(), client);
    }

    /** Sets how long the client's access tokens live, to test expiry. */
    public static void setAccessTokenLifespan(String clientId, int seconds) {
        ObjectNode client = client(clientId);
        ((ObjectNode) client.get("attributes")).put("access.token.lifespan", Integer.toString(seconds));
        put("/clients/" + client.get("id").asString(), client);
    }

    /** Ends all of the user's sessions in Keycloak, as an administrator would. */
    public static void logoutUser(String username) {
        JsonNode users = get("/users?exact=true&username=" + enc(username));
        String id = users.get(0).get("id").asString();
        send(admin("/users/" + id + "/logout").POST(HttpRequest.BodyPublishers.noBody()).build(), 204);
    }

    private static ObjectNode client(String clientId) {
        JsonNode clients = get("/clients?clientId=" + enc(clientId));
        return (ObjectNode) clients.get(0);
    }

    private static JsonNode get(String path) {
        return JSON.readTree(send(admin(path).GET().build(), 200));
    }

    private static void put(String path, JsonNode body) {
        send(admin(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), 204);
    }

    private static HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(URL + "/admin/realms/taiwa" + path))
                .header("Authorization", "Bearer " + adminToken()).timeout(Duration.ofSeconds(30));
    }

    private static String adminToken() {
        String user = System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        String password = System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return post(URL + "/realms/master/protocol/openid-connect/token", null, Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", user, "password", password)).get("access_token").asString();
    }

    private static JsonNode post(String url, String bearer, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return JSON.readTree(send(request.build(), 200));
    }

    private static String send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " -> "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + URL + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
