package org.taiwa.bench.load;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bench command: the heap one open page holds. For each main page, N members sign in and follow a link to it (one
 * UI per session, as most members have); the live heap after a full GC is taken with them on the page and again
 * once they have signed out. The difference divided by N is what a session on that page costs, layout included;
 * a second figure is taken after two heartbeats, as for a tab left open (the page's last answer let go).
 * Prints a table of both figures per page: the figures to watch when a page is made lighter, cheaper than a whole
 * load run.
 * <p>
 * Run: {@code scripts/bench.sh pages [--per=40] [--only=PAGE,…] [--dump=PAGE]}, pages named as in
 * the table; {@code --dump} writes a heap dump with the members
 * on that page (its name in the table) to {@code target/pages.hprof}.
 */
public final class PageWeights {

    private PageWeights() {
    }

    public static void main(String[] args) throws Exception {
        int per = 40;
        String dump = null;
        List<String> only = List.of();
        for (String arg : args) {
            for (String part : arg.strip().split("\\s+")) {
                if (part.startsWith("--per=")) {
                    per = Integer.parseInt(part.substring("--per=".length()));
                } else if (part.startsWith("--only=")) {
                    only = List.of(part.substring("--only=".length()).split(","));
                } else if (part.startsWith("--dump=")) {
                    dump = part.substring("--dump=".length());
                } else if (!part.isBlank()) {
                    throw new IllegalArgumentException("unknown argument " + part);
                }
            }
        }
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        var options = LoadBench.LoadOptions.parse(new String[0]);
        try (ChildApp app = ChildApp.start(options.port(), "1g", List.of(), options.appArgs())) {
            LoadPlan plan = LoadPlan.prepare(http, app.baseUrl(), 4, 10, 0);
            var routes = new LinkedHashMap<String, String>();
            routes.put("home", "");
            routes.put("thread", "threads/" + plan.threads().getFirst());
            routes.put("forum", "spaces/forum");
            routes.put("search", "search?q=%E9%87%9C%E7%9F%B3");
            routes.put("library", "library");
            routes.put("calculator", "offset");
            routes.put("campaign", "campaigns/" + plan.campaign());
            routes.put("spaces", "spaces");
            routes.put("sign-up", "campaigns/" + plan.campaign() + "/sign-up");
            if (!only.isEmpty()) {
                routes.keySet().retainAll(only);
            }
            // every page once before measuring: what the first visit loads for everyone is not a session's
            measure(app, http, plan, "", 2, null);
            routes.values().forEach(route -> {
                try {
                    measure(app, http, plan, route, 1, null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            var table = new StringBuilder("| page | KB per session, just opened | after two heartbeats (idle tab) "
                    + "| UIs per session |\n|---|---|---|---|\n");
            for (Map.Entry<String, String> route : routes.entrySet()) {
                Weight weight = measure(app, http, plan, route.getValue(), per,
                        route.getKey().equals(dump) ? Path.of("target/pages.hprof").toAbsolutePath() : null);
                table.append("| ").append(route.getKey()).append(" | ")
                        .append(String.format("%.0f", weight.kilobytes())).append(" | ")
                        .append(String.format("%.0f", weight.idleKilobytes())).append(" | ")
                        .append(String.format("%.2f", weight.uis())).append(" |\n");
                System.out.println(route.getKey() + ": " + weight);
            }
            System.out.println();
            System.out.println(table);
        }
        System.exit(0);
    }

    private static Weight measure(ChildApp app, HttpClient http, LoadPlan plan, String route, int members,
                                  Path dump) throws Exception {
        var clients = new ArrayList<VaadinClient>();
        var stats = new Stats();
        try (var pool = Executors.newFixedThreadPool(4)) {
            var signedIn = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < members; i++) {
                var client = new VaadinClient(http, plan.base(), stats, true);
                clients.add(client);
                String account = plan.accounts().get(i % plan.accounts().size());
                Callable<Boolean> open = () -> client.signIn(account, LoadPlan.PASSWORD)
                        && (route.isEmpty() || client.follow(route));
                signedIn.add(pool.submit(open));
            }
            for (Future<Boolean> done : signedIn) {
                if (!done.get()) {
                    throw new IllegalStateException("a member could not open " + route + ": " + stats.interval());
                }
            }
        }
        ChildApp.LiveHeap open = app.liveHeap("page-open");
        if (dump != null) {
            Files.deleteIfExists(dump);
            System.out.println(app.jcmd("GC.heap_dump", dump.toString()));
        }
        // a tab left open: two heartbeats (two minutes in a browser) let the page's last answer go
        for (VaadinClient client : clients) {
            client.heartbeatStatus(client.currentUi());
            client.heartbeatStatus(client.currentUi());
        }
        ChildApp.LiveHeap idle = app.liveHeap("page-idle");
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (VaadinClient client : clients) {
                pool.submit(() -> {
                    client.signOut();
                    return null;
                });
            }
        }
        clients.forEach(VaadinClient::close);
        ChildApp.LiveHeap closed = app.liveHeap("page-closed");
        return new Weight((open.bytes() - closed.bytes()) / 1024.0 / members,
                (idle.bytes() - closed.bytes()) / 1024.0 / members, (double) (open.uis() - closed.uis()) / members);
    }

    record Weight(double kilobytes, double idleKilobytes, double uis) {
    }
}
