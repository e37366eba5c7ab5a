package org.taiwa.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.lang.reflect.Field;
import java.nio.CharBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Future;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;

import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.cpr.AtmosphereResourceImpl;
import org.atmosphere.websocket.WebSocket;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.shell.internal.ClosingPagePushConnections;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.AtmospherePushConnection;

import tools.jackson.databind.json.JsonMapper;

/**
 * The load bench's scripted browser against the running portal: its requests sign in and render the views a
 * member opens, with no Vaadin error, so that the load figures measure real page visits (a Vaadin upgrade that
 * changes the protocol fails here, not silently in the bench).
 */
@TaiwaIntegrationTest
class VaadinClientIT {

    /** Answers up to this size are kept (LastResponseRelease.KEPT). */
    private static final int KEPT = 2_048;

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_scripted_member_signs_in_and_opens_pages_by_link_and_anew_without_errors() throws Exception {
        String title = "負荷試験の検証 " + UUID.randomUUID();
        String thread = thread(title);
        var stats = new Stats();
        var client = new VaadinClient(http, "http://localhost:" + port, stats, true);
        try {
            assertThat(client.signIn("staff.shinjuku", "taiwa-demo")).isTrue();
            assertThat(client.follow("threads/" + thread)).isTrue();
            assertThat(client.rendered()).contains(title);
            assertThat(client.follow("search?q=%E5%85%B1%E5%90%8C%E8%B3%BC%E5%85%A5")).isTrue();
            assertThat(client.follow("library")).isTrue();
            assertThat(client.follow("offset")).isTrue();
            assertThat(client.load("spaces/forum")).isNotNull();
            assertThat(client.rendered()).contains(title);
        } finally {
            client.close();
        }
        Stats.Interval interval = stats.interval();
        assertThat(interval.errors()).isEmpty();
        assertThat(interval.perType()).containsKeys("page html", "init", "sign-in form", "push connect",
                "uidl ui-navigate", "uidl property sync", "uidl viewport rows");
    }

    @Test
    void a_page_loaded_anew_sends_the_unload_beacon_and_the_page_it_left_is_closed() throws Exception {
        var client = new VaadinClient(http, "http://localhost:" + port, new Stats(), false);
        try {
            assertThat(client.signIn("staff.setagaya", "taiwa-demo")).isTrue();
            int left = client.currentUi();
            assertThat(client.load("library")).isNotNull();
            assertThat(client.currentUi()).isNotEqualTo(left);
            int unknown = client.heartbeatStatus(99_999);
            assertThat(client.heartbeatStatus(left)).as("the page left behind answers as one that never existed")
                    .isEqualTo(unknown).isNotEqualTo(200);
            assertThat(client.heartbeatStatus(client.currentUi())).isEqualTo(200);
        } finally {
            client.close();
        }
    }

    @Test
    void signing_in_releases_the_sign_in_page_while_the_page_opened_after_it_stays() throws Exception {
        var client = new VaadinClient(http, "http://localhost:" + port, new Stats(), false);
        try {
            assertThat(client.signIn("staff.hachioji", "taiwa-demo")).isTrue();
            assertThat(client.signInPage()).isNotEqualTo(-1).isNotEqualTo(client.currentUi());
            // the browser left the sign-in page: its UI is closed at sign-in and removed at the next request
            int current = client.heartbeatStatus(client.currentUi());
            int signIn = client.heartbeatStatus(client.signInPage());
            int unknown = client.heartbeatStatus(99_999);
            assertThat(current).isEqualTo(200);
            assertThat(signIn).as("the sign-in page's UI answers as one that never existed").isEqualTo(unknown)
                    .isNotEqualTo(200);
        } finally {
            client.close();
        }
    }

    /**
     * Tomcat ends a keep-alive connection at its last allowed request by answering it with "Connection: close",
     * a 101 too, and the JDK's WebSocket client refuses such a 101. A browser opens each WebSocket on a connection
     * of its own, so the bench's client must too: here the push upgrade comes right where it would be the last
     * request on the member's pooled connection.
     */
    @Test
    void the_push_upgrade_gets_a_connection_of_its_own_as_in_a_browser(
            @Value("${server.tomcat.max-keep-alive-requests:100}") int requestsPerConnection) throws Exception {
        var stats = new Stats();
        var client = new VaadinClient(http, "http://localhost:" + port, stats, true);
        try {
            assertThat(client.signIn("staff.koto", "taiwa-demo")).isTrue();
            int ui = client.currentUi();
            HttpResponse<String> answer;
            int sent = 0;
            do {
                answer = client.heartbeat(ui);
                sent++;
            } while (!answer.headers().allValues("Connection").contains("close") && sent <= requestsPerConnection);
            assertThat(sent).as("a connection's last request is answered with Connection: close")
                    .isLessThanOrEqualTo(requestsPerConnection);
            // the next request opens a new connection; the page loaded anew sends the unload beacon, the page, the
            // init request and the push upgrade: the upgrade is that connection's last allowed request
            for (int i = 0; i < requestsPerConnection - 4; i++) {
                assertThat(client.heartbeatStatus(ui)).isEqualTo(200);
            }
            assertThat(client.load("library")).isNotNull();
        } finally {
            client.close();
        }
        Stats.Interval interval = stats.interval();
        assertThat(interval.errors()).isEmpty();
        assertThat(interval.perType().get("push connect").getTotalCount()).isEqualTo(3);
    }

    /**
     * Each open page's push connection holds small buffers ({@code shell.internal.PushBuffers}): Vaadin's 16 KB
     * Atmosphere buffers cost about 50 KB of heap per open page (docs/decisions/0020-load.md). Reads Atmosphere's
     * own objects, so that a Vaadin or Atmosphere upgrade that ignores the setting fails here; that pages still
     * receive what is pushed is {@code LiveThreadBrowserIT}'s and {@code TwoNodesIT}'s.
     */
    @Test
    void an_open_pages_push_connection_holds_small_buffers() throws Exception {
        var client = new VaadinClient(http, "http://localhost:" + port, new Stats(), true);
        try {
            assertThat(client.signIn("staff.nerima", "taiwa-demo")).isTrue();
            AtmosphereFramework framework = framework();
            var container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
            assertThat(container.getDefaultMaxTextMessageBufferSize()).isLessThanOrEqualTo(2048);
            assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isLessThanOrEqualTo(2048);
            Field buffer = WebSocket.class.getDeclaredField("cb");
            buffer.setAccessible(true);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                List<WebSocket> sockets = framework.getAtmosphereConfig().resourcesFactory().findAll().stream()
                        .map(resource -> ((AtmosphereResourceImpl) resource).webSocket())
                        .filter(Objects::nonNull).toList();
                assertThat(sockets).isNotEmpty();
                for (WebSocket socket : sockets) {
                    assertThat(((CharBuffer) buffer.get(socket)).capacity()).isLessThanOrEqualTo(1024);
                }
            });
        } finally {
            client.close();
        }
    }

    /**
     * Vaadin keeps a page's last answer to send it again if the browser repeats its message; the portal lets go of
     * a large one at the second heartbeat after it (shell.internal.LastResponseRelease), and a repeat after that is
     * answered as for a page that no longer exists (Vaadin's notice, then a reload) instead of the page's state.
     */
    @Test
    void a_pages_last_answer_is_sent_again_until_two_heartbeats_have_passed() throws Exception {
        var client = new VaadinClient(http, "http://localhost:" + port, new Stats(), true);
        try {
            // a thread as the load bench reads it: its ten replies come with the answer to the viewport's request,
            // the page's last message
            String thread = LoadPlan.prepare(http, "http://localhost:" + port, 1, 10, 0).threads().getFirst();
            assertThat(client.signIn("staff.suginami", "taiwa-demo")).isTrue();
            assertThat(client.follow("threads/" + thread)).isTrue();
            String answer = client.lastAnswer();
            assertThat(answer).hasSizeGreaterThan(KEPT);
            assertThat(client.resendLast()).as("a repeat right away gets the same answer").isEqualTo(answer);
            assertThat(client.heartbeatStatus(client.currentUi())).isEqualTo(200);
            assertThat(client.resendLast()).as("one heartbeat later: still kept").isEqualTo(answer);
            assertThat(client.heartbeatStatus(client.currentUi())).isEqualTo(200);
            String late = client.resendLast();
            assertThat(late).contains("sessionExpired").hasSizeLessThan(KEPT);
        } finally {
            client.close();
        }
    }

    /**
     * Vaadin's push connection keeps its last message until the next one; the portal lets go of it at the page's
     * next heartbeat once it has been sent (shell.internal.LastResponseRelease). A reply by someone else is pushed
     * to the open thread page; the test reads Vaadin's field, so an upgrade that renames it fails here.
     */
    @Test
    void a_pages_last_push_message_is_let_go_at_its_next_heartbeat() throws Exception {
        var client = new VaadinClient(http, "http://localhost:" + port, new Stats(), true);
        try {
            String thread = thread("プッシュの検証 " + UUID.randomUUID());
            assertThat(client.signIn("staff.setagaya", "taiwa-demo")).isTrue();
            assertThat(client.follow("threads/" + thread)).isTrue();
            Field outgoing = AtmospherePushConnection.class.getDeclaredField("outgoingMessage");
            outgoing.setAccessible(true);
            UI page = await().atMost(Duration.ofSeconds(10)).until(() -> openPage("threads/" + thread),
                    Objects::nonNull);
            assertThat(page.getInternals().getPushConnection().getClass().getEnclosingClass())
                    .as("Vaadin uses the portal's push connections").isEqualTo(ClosingPagePushConnections.class);

            reply(thread, "プッシュされる返信");
            await().atMost(Duration.ofSeconds(10)).until(() -> sentPush(page, outgoing) instanceof Future<?> sent
                    && sent.isDone());
            assertThat(client.heartbeatStatus(client.currentUi())).isEqualTo(200);
            assertThat(sentPush(page, outgoing)).as("let go at the heartbeat").isNull();
        } finally {
            client.close();
        }
    }

    /** The server side of the page open at this route, found through the open push connections. */
    private UI openPage(String route) {
        return framework().getAtmosphereConfig().resourcesFactory().findAll().stream()
                .map(resource -> resource.session(false)).filter(Objects::nonNull)
                .flatMap(session -> Collections.list(session.getAttributeNames()).stream().map(session::getAttribute))
                .filter(VaadinSession.class::isInstance).map(VaadinSession.class::cast).distinct()
                .flatMap(session -> {
                    session.lock();
                    try {
                        return session.getUIs().stream().filter(ui -> route.equals(
                                ui.getInternals().getActiveViewLocation().getPath())).toList().stream();
                    } finally {
                        session.unlock();
                    }
                }).findFirst().orElse(null);
    }

    private static Object sentPush(UI page, Field outgoing) throws Exception {
        VaadinSession session = page.getSession();
        session.lock();
        try {
            return outgoing.get(page.getInternals().getPushConnection());
        } finally {
            session.unlock();
        }
    }

    private AtmosphereFramework framework() {
        return Collections.list(servletContext.getAttributeNames()).stream().map(servletContext::getAttribute)
                .filter(AtmosphereFramework.class::isInstance).map(AtmosphereFramework.class::cast).findFirst()
                .orElseThrow();
    }

    private void reply(String thread, String body) throws Exception {
        post("/api/threads/" + thread + "/posts", "{\"body\":\"" + body + "\"}");
    }

    private String thread(String title) throws Exception {
        return JsonMapper.builder().build().readTree(post("/api/spaces/forum/threads",
                "{\"title\":\"" + title + "\",\"body\":\"本文\"}")).get("id").asString();
    }

    /** Posts JSON to the API as staff.minato and returns the body of the 201 answer. */
    private String post(String path, String json) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff.minato:taiwa-demo"
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).isEqualTo(201);
        return created.body();
    }
}
