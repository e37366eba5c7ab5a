package org.taiwa.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One member's browser as the Vaadin server sees it, without a browser: its own cookies (so its own HTTP session),
 * the sign-in form, and page visits made of the requests Chromium sends (recorded with {@code BrowserRecording}):
 * a full page load is the bootstrap HTML, {@code ?v-r=init&location=…}, the push WebSocket, a UIDL {@code ui-navigate}
 * event, and the UIDL round trip in which the upgraded web components report their properties ({@code *-changed}
 * events); following a link inside the portal is the last two on the same UI. Heartbeats keep the UI alive as a
 * browser's would. Every round trip is timed into {@link Stats}.
 */
final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** What Chromium's Flow client sends about itself with the init request (1400×900 window, UTC). */
    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1400&v-wh=757&v-ww=1400&v-bh=757&v-bw=1400"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED"
            + "&v-wla=SUPPORTED&v-ws=false";

    /**
     * The push WebSockets' own client. The JDK's WebSocket client takes a pooled keep-alive connection for its
     * handshake when one is idle; a browser never does, it opens a new connection for each WebSocket. On a pooled
     * connection the handshake can be the last request Tomcat allows on it (100 by default), and Tomcat then
     * answers the 101 with "Connection: upgrade, close", which the JDK refuses. A connection upgraded to a WebSocket
     * never returns to a pool, so this client's pool stays empty and every handshake gets a new connection.
     */
    private static final HttpClient SOCKETS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final HttpClient http;
    private final String base;
    private final Stats stats;
    private final boolean push;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private UiState ui;
    private int signInPage = -1;
    private WebSocket socket;
    private String rendered = "";
    private String lastMessage;
    private String lastAnswer;

    VaadinClient(HttpClient http, String base, Stats stats, boolean push) {
        this.http = http;
        this.base = base;
        this.stats = stats;
        this.push = push;
    }

    /** The development sign-in: the login page as a browser loads it, then its form. True when signed in. */
    boolean signIn(String username, String password) throws Exception {
        // the sign-in page is left by its form's POST; the portal closes its UI at sign-in (SignInPageRelease,
        // checked in VaadinClientIT), so no unload beacon here
        String html = open("login");
        if (html == null) {
            return false;
        }
        signInPage = ui.id;
        Matcher csrf = CSRF_META.matcher(html);
        String form = "_csrf=" + (csrf.find() ? encode(csrf.group(1)) : "") + "&username=" + encode(username)
                + "&password=" + encode(password);
        HttpResponse<String> response = send("sign-in form", HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers
                        .ofString(form)));
        if (response == null) {
            return false;
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            stats.error("sign-in form", "status " + response.statusCode() + " " + location);
            return false;
        }
        return open("") != null;
    }

    /** Signs out as the header's button does (Spring Security's logout form): the session ends. True when done. */
    boolean signOut() throws Exception {
        closeSocket();
        HttpResponse<String> page = send("page html", HttpRequest.newBuilder(URI.create(base + "/")).GET());
        if (page == null || !ok(page, "page html")) {
            return false;
        }
        Matcher csrf = CSRF_META.matcher(page.body());
        HttpResponse<String> response = send("sign-out", HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers
                        .ofString("_csrf=" + (csrf.find() ? encode(csrf.group(1)) : ""))));
        return response != null && response.statusCode() == 302;
    }

    /**
     * A full page load of a route ({@code search?q=…}): a new UI, as after typing the address or reloading. The
     * page left behind sends Vaadin's unload beacon first, as Chromium does on {@code pagehide}, and the portal
     * closes its UI.
     */
    String load(String route) throws Exception {
        if (ui != null) {
            unloadBeacon();
        }
        return open(route);
    }

    /** {@code navigator.sendBeacon} of Vaadin's client: an empty UIDL message marked {@code UNLOAD}. */
    private void unloadBeacon() {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", ui.csrf);
        message.putArray("rpc");
        message.put("syncId", ui.syncId).put("clientId", ui.clientId).put("UNLOAD", true);
        send("unload beacon", HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.id))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
    }

    private String open(String route) throws Exception {
        closeSocket();
        HttpResponse<String> page = send("page html", HttpRequest.newBuilder(URI.create(base + "/" + route)).GET());
        if (page == null || !ok(page, "page html")) {
            return null;
        }
        String path = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
        String query = route.contains("?") ? route.substring(route.indexOf('?') + 1) : "";
        HttpResponse<String> init = send("init", HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + encode(path) + "&query=" + encode(query) + BROWSER_DETAILS + "&v-curdate="
                + System.currentTimeMillis() + "&v-wn=v-" + Math.random())).GET());
        if (init == null || !ok(init, "init")) {
            return null;
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        ui = new UiState(config.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asString(),
                uidl.path("Vaadin-Push-ID").asString(), config.path("heartbeatInterval").asInt(300));
        ui.read(uidl);
        if (push) {
            openSocket();
        }
        return navigate(path, query, "") ? page.body() : null;
    }

    /** Follows a link inside the portal: the same UI navigates ({@code trigger: link}). */
    boolean follow(String route) throws Exception {
        if (ui == null) {
            return open(route) != null;
        }
        heartbeatIfDue();
        String path = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
        String query = route.contains("?") ? route.substring(route.indexOf('?') + 1) : "";
        return navigate(path, query, "link");
    }

    private boolean navigate(String path, String query, String trigger) throws Exception {
        // as Chromium sends it: a page load names the route with its slash, a link without
        ObjectNode data = JSON.createObjectNode().put("route", trigger.isEmpty() ? "/" + path : path)
                .put("query", query)
                .put("appShellTitle", "").put("trigger", trigger);
        data.putObject("historyState").put("idx", ui.historyIndex++);
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        event.set("data", data);
        JsonNode response = uidl("uidl ui-navigate", List.of(event));
        if (response == null) {
            return false;
        }
        rendered = response.toString();
        List<Integer> virtualLists = ui.newVirtualLists(response);
        List<JsonNode> followUps = ui.followUps(response);
        if (!followUps.isEmpty()) {
            response = uidl("uidl property sync", followUps);
            if (response == null) {
                return false;
            }
        }
        // a virtual list asks for the rows in its viewport once it has a size (the thread page)
        var rows = new ArrayList<JsonNode>(ui.followUps(response));
        virtualLists.forEach(node -> rows.add(ui.call(node, "setViewportRange", 0, 12)));
        if (!rows.isEmpty()) {
            response = uidl("uidl viewport rows", rows);
            if (response == null) {
                return false;
            }
            List<JsonNode> confirms = ui.followUps(response);
            return confirms.isEmpty() || uidl("uidl viewport rows", confirms) != null;
        }
        return true;
    }

    private JsonNode uidl(String type, List<JsonNode> rpc) throws Exception {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", ui.csrf);
        message.putArray("rpc").addAll(rpc);
        message.put("syncId", ui.syncId).put("clientId", ui.clientId);
        lastMessage = JSON.writeValueAsString(message);
        HttpResponse<String> response = send(type, uidlRequest(lastMessage));
        if (response == null || !ok(response, type)) {
            // the UI's message ids are out of step now (a browser would resynchronise): the next page loads anew
            ui = null;
            return null;
        }
        lastAnswer = response.body();
        String body = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
        JsonNode json = JSON.readTree(body);
        json = json.isArray() ? json.path(0) : json;
        JsonNode meta = json.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError")) {
            stats.error(type, "Vaadin " + meta);
            ui = null;
            return null;
        }
        if (body.contains("問題が発生しました") || body.contains("Something went wrong")) {
            stats.error(type, "error notification in the page");
        }
        ui.read(json);
        return json;
    }

    private HttpRequest.Builder uidlRequest(String message) {
        return HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.id))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message));
    }

    /**
     * Sends the last UIDL message again, as a browser does when the answer was lost on the network, and returns
     * the portal's answer as it came (for tests; the client's state is not updated).
     */
    String resendLast() {
        HttpResponse<String> response = send("uidl resend", uidlRequest(lastMessage));
        return response == null ? null : response.body();
    }

    /** The body of the last answer to a UIDL message. */
    String lastAnswer() {
        return lastAnswer;
    }

    /** Sends the page's heartbeat when its interval has passed, as an open browser tab does on its own timer. */
    void heartbeatIfDue() throws Exception {
        if (ui == null) {
            return;
        }
        if (System.nanoTime() - ui.lastHeartbeat > TimeUnit.SECONDS.toNanos(ui.heartbeatSeconds)) {
            HttpResponse<String> response = heartbeat(ui.id);
            if (response != null) {
                ok(response, "heartbeat");
            }
            ui.lastHeartbeat = System.nanoTime();
        }
    }

    /** The HTTP status of a heartbeat for a UI of this session: 200 while the portal keeps it, an error once it is gone. */
    int heartbeatStatus(int uiId) throws Exception {
        HttpResponse<String> response = heartbeat(uiId);
        return response == null ? -1 : response.statusCode();
    }

    /** A heartbeat for a UI of this session; null after a failure. */
    HttpResponse<String> heartbeat(int uiId) {
        return send("heartbeat", HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The id of the sign-in page's UI of the last {@link #signIn}, or -1. */
    int signInPage() {
        return signInPage;
    }

    /** The id of the UI the client shows now. */
    int currentUi() {
        return ui.id;
    }

    private void openSocket() {
        String url = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + ui.id + "&v-pushId="
                + ui.pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + ui.syncId;
        long start = System.nanoTime();
        try {
            socket = SOCKETS.newWebSocketBuilder().header("Cookie", cookieHeader()).connectTimeout(TIMEOUT)
                    .buildAsync(URI.create(url), new Drain()).get(30, TimeUnit.SECONDS);
            stats.record("push connect", System.nanoTime() - start);
        } catch (Exception e) {
            // what went wrong, not the future's wrapper: "ExecutionException" alone says nothing
            Throwable cause = e instanceof ExecutionException && e.getCause() != null
                    ? e.getCause() : e;
            // a refused upgrade names its status, and the client's reason (for a 101: the header it objected to),
            // which the JDK puts on the exception's own cause
            Throwable told = cause instanceof WebSocketHandshakeException && cause.getCause() != null
                    ? cause.getCause() : cause;
            String reason = told.getMessage() == null ? ": " + told.getClass().getSimpleName()
                    : ": " + told.getMessage().lines().findFirst().orElse("");
            String detail = cause instanceof WebSocketHandshakeException refused
                    ? " " + refused.getResponse().statusCode() + reason : reason;
            stats.error("push connect", cause.getClass().getSimpleName() + detail);
        }
    }

    /** The server's answer to the last navigation (the view it rendered), for checks. */
    String rendered() {
        return rendered;
    }

    void close() {
        closeSocket();
    }

    private void closeSocket() {
        if (socket != null) {
            socket.abort();
            socket = null;
        }
    }

    /** An API call: no cookies (the API is stateless), timed like the rest; null after a failure. */
    HttpResponse<String> api(String type, HttpRequest.Builder request) {
        return send(type, request, false);
    }

    private HttpResponse<String> send(String type, HttpRequest.Builder request) {
        return send(type, request, true);
    }

    /** Sends with this member's cookies, times the round trip, keeps the cookies it sets; null after a failure. */
    private HttpResponse<String> send(String type, HttpRequest.Builder request, boolean withCookies) {
        String cookie = cookieHeader();
        if (withCookies && !cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            stats.record(type, System.nanoTime() - start);
            synchronized (cookies) {
                for (String set : withCookies ? response.headers().allValues("Set-Cookie") : List.<String>of()) {
                    String pair = set.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            return response;
        } catch (HttpTimeoutException e) {
            stats.error(type, "timeout");
        } catch (IOException e) {
            stats.error(type, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private boolean ok(HttpResponse<String> response, String type) {
        if (response.statusCode() >= 400) {
            stats.error(type, "status " + response.statusCode());
            return false;
        }
        return true;
    }

    private String cookieHeader() {
        synchronized (cookies) {
            var parts = new ArrayList<String>();
            cookies.forEach((k, v) -> parts.add(k + "=" + v));
            return String.join("; ", parts);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Reads and drops what the server pushes, as an idle browser tab would. */
    private static final class Drain implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, java.nio.ByteBuffer data, boolean last) {
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
