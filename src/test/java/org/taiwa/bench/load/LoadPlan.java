package org.taiwa.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the simulated members work on: the portal's address, threads in the open forum (created for the run, with
 * some replies, so that every member may read and reply), the open campaign, the accounts to spread the members
 * over (the municipalities' staff accounts of the development sign-in) and how often a page is loaded anew.
 */
record LoadPlan(String base, List<String> threads, String campaign, List<String> accounts, int reloadPercent) {

    static final String PASSWORD = "taiwa-demo";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Creates the forum threads through the API and reads the staff accounts from the demo accounts file. */
    static LoadPlan prepare(HttpClient http, String base, int threadCount, int repliesPerThread, int reloadPercent)
            throws Exception {
        List<String> accounts = Files.readAllLines(Path.of("config/demo-accounts.csv"), StandardCharsets.UTF_8)
                .stream().filter(line -> line.startsWith("staff.")).map(line -> line.split(",")[0]).toList();
        long run = System.currentTimeMillis() % 100_000;
        var created = new ArrayList<Future<String>>();
        // eight at a time: as fast as the portal takes them, without queueing hundreds of writes
        try (var pool = Executors.newFixedThreadPool(8, Thread.ofVirtual().factory())) {
            for (int t = 0; t < threadCount; t++) {
                int index = t;
                created.add(pool.submit(() -> thread(http, base, accounts, run, index, repliesPerThread)));
            }
        }
        var threads = new ArrayList<String>();
        for (Future<String> thread : created) {
            threads.add(thread.get());
        }
        return new LoadPlan(base, List.copyOf(threads), "kamaishi-2026", accounts, reloadPercent);
    }

    private static String thread(HttpClient http, String base, List<String> accounts, long run, int t, int replies)
            throws Exception {
        String body = "{\"title\":\"負荷試験 %d-%d：共同購入とカーボン・オフセットの進め方\",\"body\":\"%s\"}"
                .formatted(run, t, "イベントの**カーボン・オフセット**と釜石の J-VER の共同購入について、"
                        + "各区市町村の進め方を話し合いましょう。");
        String id = JSON.readTree(post(http, base + "/api/spaces/forum/threads", accounts.get(t % accounts.size()),
                body)).get("id").asString();
        for (int r = 0; r < replies; r++) {
            post(http, base + "/api/threads/" + id + "/posts", accounts.get((t + r + 1) % accounts.size()),
                    "{\"body\":\"返信 %d：平成23年度の事例では、森林由来のクレジットで会議の排出量を相殺しました。\"}"
                            .formatted(r));
        }
        return id;
    }

    private static String post(HttpClient http, String url, String user, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("preparing the load: " + url + " answered " + response.statusCode()
                    + " " + response.body());
        }
        return response.body();
    }
}
