package org.taiwa.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.taiwa.PortalApi;
import org.taiwa.PortalProcess;

import tools.jackson.databind.JsonNode;

/**
 * The production jar on the embedded database, killed with SIGKILL while members upload documents, reply and sign
 * up, then started again on the same data: every write it acknowledged is there, no sign-up is left half made,
 * and the search index converges to the database. Then its index folder is deleted under it: search keeps
 * answering and finds everything again once the index has been rebuilt from MongoDB.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final Duration WRITING = Duration.ofSeconds(12);
    private static final Duration CONVERGENCE = Duration.ofSeconds(60);
    private static final long CAMPAIGN_TONNES = 15;
    private static final List<String> SIGNERS = List.of("staff.chiyoda", "staff.chuo", "staff.minato",
            "staff.shinjuku", "staff.bunkyo", "staff.taito", "staff.sumida", "staff.koto", "staff.shinagawa",
            "staff.meguro", "staff.ota", "staff.setagaya", "staff.shibuya", "staff.nakano", "staff.suginami",
            "staff.toshima", "staff.kita", "staff.arakawa", "staff.itabashi", "staff.nerima", "staff.adachi",
            "staff.katsushika", "staff.edogawa", "staff.hachioji", "staff.tachikawa", "staff.musashino",
            "staff.fuchu", "staff.chofu", "staff.machida", "staff.koganei");

    private static Path dataDir;
    private static PortalProcess portal;
    private static PortalApi api;
    /** A word in every item written by this run, and nowhere else. */
    private static final String RUN = "crashrun" + letters(System.nanoTime() % 1_000_000);
    private static final Map<String, String> ackedPosts = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> ackedDocuments = new ConcurrentHashMap<>();
    private static final Set<String> ackedSignUps = ConcurrentHashMap.newKeySet();
    private static String threadId;
    private static String campaignId;

    @BeforeAll
    static void start() throws IOException {
        dataDir = Files.createTempDirectory("taiwa-crash-");
        portal = PortalProcess.start("crash", "--taiwa.storage.data-dir=" + dataDir,
                "--taiwa.notification.scheduling=false", "--taiwa.library.demo-data=false");
        api = new PortalApi(portal.baseUrl());
    }

    @AfterAll
    static void stop() throws IOException {
        if (portal != null) {
            portal.close();
        }
        if (dataDir != null) {
            deleteRecursively(dataDir);
        }
    }

    @Test
    @Order(1)
    void a_node_killed_while_writing_keeps_every_acknowledged_write_and_its_index_converges() throws Exception {
        prepare();
        writeUntilKilled();
        assertThat(portal.exitValue()).isEqualTo(137);
        assertThat(ackedPosts).hasSizeGreaterThan(3);
        assertThat(ackedDocuments).hasSizeGreaterThan(1);
        assertThat(ackedSignUps).hasSizeGreaterThan(3);

        portal.restart();

        assertEveryPostIsStored();
        assertEveryDocumentIsStored();
        assertSignUpsAreWholeAndNeverOversold();
        await().atMost(CONVERGENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(searchIds("post")).containsAll(ackedPosts.keySet());
            assertThat(searchIds("document")).containsAll(ackedDocuments.keySet());
        });
    }

    @Test
    @Order(2)
    void a_deleted_index_folder_is_rebuilt_while_search_keeps_answering() throws Exception {
        Set<String> before = searchIds("post");
        assertThat(before).containsAll(ackedPosts.keySet());
        long rebuildsBefore = rebuildsLogged();
        deleteRecursively(dataDir.resolve("index"));
        assertThat(Files.exists(dataDir.resolve("index"))).isFalse();

        Instant deadline = Instant.now().plus(CONVERGENCE);
        int answers = 0;
        boolean complete = false;
        while (!complete && Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = search("post", 0);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            answers++;
            // until the node has noticed and written a new index from MongoDB, the old one answers from open files
            complete = rebuiltIndexExists() && rebuildsLogged() > rebuildsBefore
                    && searchIds("post").containsAll(before) && searchIds("document").containsAll(ackedDocuments.keySet());
            Thread.sleep(300);
        }
        assertThat(answers).isPositive();
        assertThat(complete).as("everything found again within %s", CONVERGENCE).isTrue();
        assertThat(Files.isDirectory(dataDir.resolve("index"))).isTrue();
    }

    private static void prepare() throws Exception {
        HttpResponse<String> thread = api.post("/api/spaces/forum/threads", "staff.minato",
                PortalApi.JSON.writeValueAsString(Map.of("title", "停電試験 " + RUN, "body", "始まり " + RUN)), null);
        assertThat(thread.statusCode()).as(thread.body()).isEqualTo(201);
        threadId = PortalApi.json(thread).get("id").asString();
        HttpResponse<String> campaign = api.post("/api/campaigns", "secretariat", PortalApi.JSON.writeValueAsString(
                Map.of("title", "停電試験の共同購入 " + RUN, "projectId", "kamaishi-forest-jcredit",
                        "totalTonnes", CAMPAIGN_TONNES, "pricePerTonneYen", 12000,
                        "opensAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                        "closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString(), "minTonnes", 1,
                        "maxTonnes", 3, "allocationRule", "first_come")), null);
        assertThat(campaign.statusCode()).as(campaign.body()).isEqualTo(201);
        campaignId = PortalApi.json(campaign).get("id").asString();
        assertThat(api.post("/api/campaigns/" + campaignId + "/transitions", "secretariat", "{\"to\":\"open\"}", null)
                .statusCode()).isEqualTo(200);
    }

    /** Writers in parallel; the kill comes while they are still sending. */
    private static void writeUntilKilled() throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(5);
        for (int w = 0; w < 2; w++) {
            writers.submit(() -> keepWriting(killed, () -> reply(counter.incrementAndGet())));
        }
        writers.submit(() -> keepWriting(killed, () -> upload(counter.incrementAndGet())));
        for (int w = 0; w < 2; w++) {
            int first = w;
            writers.submit(() -> {
                for (int i = first; i < SIGNERS.size() && !killed.get(); i += 2) {
                    int n = i;
                    attempt(() -> signUp(SIGNERS.get(n)));
                    Thread.sleep(150);
                }
                return null;
            });
        }
        Thread.sleep(WRITING.toMillis());
        portal.kill();
        killed.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
    }

    private interface Write {
        void run() throws Exception;
    }

    private static Object keepWriting(AtomicBoolean killed, Write write) {
        while (!killed.get()) {
            attempt(write);
        }
        return null;
    }

    /** A write cut off by the kill is simply not acknowledged. */
    private static void attempt(Write write) {
        try {
            write.run();
        } catch (IOException cutOff) {
            // the node died during this request
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(int n) throws Exception {
        String word = "p" + letters(n);
        HttpResponse<String> response = api.post("/api/threads/" + threadId + "/posts", "staff.shinjuku",
                PortalApi.JSON.writeValueAsString(Map.of("body", "返信 " + RUN + " " + word)), null);
        if (response.statusCode() == 201) {
            ackedPosts.put(PortalApi.json(response).get("id").asString(), word);
        }
    }

    private static void upload(int n) throws Exception {
        byte[] content = ("報告 " + RUN + " d" + letters(n) + "\n排出量の削減について。\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = api.upload("/api/documents", "staff.hachioji", List.of("title",
                "停電試験の報告 " + RUN + " d" + letters(n), "documentType", "REPORT", "fiscalYear", "2011",
                "visibility", "PUBLIC"), "report-" + n + ".txt", content);
        if (response.statusCode() == 201) {
            ackedDocuments.put(PortalApi.json(response).get("id").asString(), content);
        }
    }

    private static void signUp(String user) throws Exception {
        String body = "{\"tonnes\":1,\"contact\":{\"name\":\"環境課\",\"email\":\"kankyo@example.jp\"},"
                + "\"events\":[{\"name\":\"環境フェア\",\"date\":\"2026-12-01\",\"tonnes\":1}]}";
        HttpResponse<String> response = api.post("/api/campaigns/" + campaignId + "/sign-ups", user, body,
                "crash-" + RUN + "-" + user);
        if (response.statusCode() == 201) {
            ackedSignUps.add(PortalApi.json(response).get("id").asString());
        }
    }

    private static void assertEveryPostIsStored() throws Exception {
        Set<String> stored = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode read = PortalApi.json(api.get("/api/threads/" + threadId + "?size=50&page=" + page,
                    "staff.minato"));
            read.get("posts").values().forEach(p -> stored.add(p.get("id").asString()));
            if (read.get("posts").size() < 50) {
                break;
            }
        }
        assertThat(stored).containsAll(ackedPosts.keySet());
    }

    private static void assertEveryDocumentIsStored() throws Exception {
        for (var document : ackedDocuments.entrySet()) {
            HttpResponse<String> file = api.get("/api/documents/" + document.getKey() + "/file", "staff.minato");
            assertThat(file.statusCode()).as("document %s", document.getKey()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(new String(document.getValue(), StandardCharsets.UTF_8));
        }
    }

    /** Reads repair a sign-up the kill left REQUESTED; the campaign's remaining tonnes match the confirmed ones. */
    private static void assertSignUpsAreWholeAndNeverOversold() throws Exception {
        JsonNode signUps = PortalApi.json(api.get("/api/campaigns/" + campaignId + "/sign-ups", "secretariat"));
        List<String> ids = new ArrayList<>();
        long confirmed = 0;
        for (JsonNode signUp : signUps.values()) {
            ids.add(signUp.get("id").asString());
            String placement = signUp.get("placement").asString();
            assertThat(placement).as("sign-up %s", signUp.get("id")).isIn("CONFIRMED", "WAITLISTED");
            confirmed += "CONFIRMED".equals(placement) ? signUp.get("tonnes").asLong() : 0;
        }
        assertThat(ids).containsAll(ackedSignUps);
        JsonNode campaign = PortalApi.json(api.get("/api/campaigns/" + campaignId, "secretariat"));
        assertThat(confirmed).isLessThanOrEqualTo(CAMPAIGN_TONNES);
        assertThat(campaign.get("remainingTonnes").asLong()).isEqualTo(CAMPAIGN_TONNES - confirmed);
    }

    private static HttpResponse<String> search(String kind, int page) throws Exception {
        return api.get("/api/search?size=50&kind=" + kind + "&page=" + page + "&q=" + PortalApi.enc(RUN),
                "staff.minato");
    }

    private static Set<String> searchIds(String kind) throws Exception {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = search(kind, page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode hits = PortalApi.json(response).get("hits");
            hits.values().forEach(h -> ids.add(h.get("id").asString()));
            if (hits.size() < 50) {
                return ids;
            }
        }
    }

    /** Rebuilt indexes the node has swapped in so far, by its log (no API tells an index's generation). */
    private static long rebuildsLogged() throws IOException {
        return Files.readAllLines(portal.log(), StandardCharsets.ISO_8859_1).stream()
                .filter(line -> line.contains("Search index: rebuilt")).count();
    }

    /** A numbered index generation with a Lucene commit in the folder that was deleted. */
    private static boolean rebuiltIndexExists() throws IOException {
        Path root = dataDir.resolve("index");
        if (!Files.isDirectory(root)) {
            return false;
        }
        try (var files = Files.walk(root, 2)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        for (int attempt = 0; Files.exists(root); attempt++) {
            try (var files = Files.walk(root)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (NoSuchFileException | java.nio.file.DirectoryNotEmptyException raced) {
                // the index wrote a file meanwhile: walk again
                if (attempt > 20) {
                    throw raced;
                }
            }
        }
    }

    /** A number as lower-case letters, so that every marker is one word to the analyzer. */
    private static String letters(long n) {
        var s = new StringBuilder();
        long v = n;
        do {
            s.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        return s.reverse().toString();
    }
}
