package org.taiwa.bench.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One simulated member: signs in once, then until stopped waits 5–10 s and does one thing, by weight — read a
 * thread, search, open the library or the forum, calculate an event's footprint (the calculator page and
 * {@code POST /api/offset/estimate}), reply in a thread (API), sign the municipality up for the open campaign
 * (campaign page, then the API with an {@code Idempotency-Key}; "already signed up" counts as a refusal, not an
 * error). Pages are followed as links inside the portal; now and then one is loaded anew (a reload or a new tab).
 */
final class Member implements Runnable {

    static final List<String> SEARCHES = List.of("オフセット", "共同購入", "カーボン・オフセット", "CO2", "釜石",
            "J-VER", "ガイドブック", "提言", "平成23年度", "温暖化 対策", "\"共同購入\"", "森林", "イベント", "排出量");
    private static final String ESTIMATE = """
            {"participants":120,"days":1,"electricityKwh":300,"travel":[{"mode":"rail","persons":100,\
            "roundTripKm":30},{"mode":"car","persons":20,"roundTripKm":40}],"meals":120,"paperSheets":1200,\
            "wasteKg":15}""";

    private final VaadinClient browser;
    private final String username;
    private final String basic;
    private final LoadPlan plan;
    private final Stats stats;
    private volatile boolean running = true;

    Member(VaadinClient browser, String username, LoadPlan plan, Stats stats) {
        this.browser = browser;
        this.username = username;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + LoadPlan.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        this.plan = plan;
        this.stats = stats;
    }

    void stop() {
        running = false;
    }

    /** After {@link #stop()} and the member's thread ended: signs out, ending the session. */
    void signOut() {
        try {
            browser.signOut();
        } catch (Exception e) {
            stats.error("sign-out", e.getClass().getSimpleName());
        } finally {
            browser.close();
        }
    }

    @Override
    public void run() {
        var random = ThreadLocalRandom.current();
        try {
            if (!browser.signIn(username, LoadPlan.PASSWORD)) {
                return;
            }
            while (running) {
                Thread.sleep(random.nextLong(5_000, 10_001));
                if (running) {
                    // the open page's heartbeat, as a browser sends it while the member reads
                    browser.heartbeatIfDue();
                    act(random);
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            stats.error("member", e.getClass().getSimpleName() + " " + e.getMessage());
        } finally {
            browser.close();
        }
    }

    private void act(ThreadLocalRandom random) throws Exception {
        int roll = random.nextInt(100);
        String thread = plan.threads().get(random.nextInt(plan.threads().size()));
        if (roll < 35) {
            page("threads/" + thread, random);
        } else if (roll < 55) {
            page("search?q=" + URLEncoder.encode(SEARCHES.get(random.nextInt(SEARCHES.size())),
                    StandardCharsets.UTF_8).replace("+", "%20"), random);
        } else if (roll < 65) {
            page("library", random);
        } else if (roll < 70) {
            page("spaces/forum", random);
        } else if (roll < 82) {
            page("offset", random);
            api("api estimate", HttpRequest.newBuilder(URI.create(plan.base() + "/api/offset/estimate"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ESTIMATE)),
                    false);
        } else if (roll < 94) {
            api("api reply", HttpRequest.newBuilder(URI.create(plan.base() + "/api/threads/" + thread + "/posts"))
                    .header("Content-Type", "application/json").header("Authorization", basic)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"負荷試験の返信 " + UUID.randomUUID()
                            + "：賛成です。\"}")), false);
        } else {
            page("campaigns/" + plan.campaign(), random);
            api("api sign-up", HttpRequest.newBuilder(URI.create(plan.base() + "/api/campaigns/" + plan.campaign()
                    + "/sign-ups")).header("Content-Type", "application/json").header("Authorization", basic)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"tonnes":1,"contact":{"name":"環境課","email":"kankyo@example.jp"},\
                            "events":[{"name":"環境フェア","date":"2026-12-12","tonnes":1}]}""")), true);
        }
    }

    private void page(String route, ThreadLocalRandom random) throws Exception {
        if (random.nextInt(100) < plan.reloadPercent()) {
            browser.load(route);
        } else {
            browser.follow(route);
        }
    }

    private void api(String type, HttpRequest.Builder request, boolean signUp) {
        HttpResponse<String> response = browser.api(type, request);
        if (response == null) {
            return;
        }
        int status = response.statusCode();
        if (signUp && status == 409) {
            stats.refused("sign-up 409 " + (response.body().contains("already") ? "already signed up" : "other"));
        } else if (status == 429) {
            stats.error(type, "status 429 (rate limit: raise it for the load run)");
        } else if (status >= 400) {
            stats.error(type, "status " + status);
        }
    }
}
