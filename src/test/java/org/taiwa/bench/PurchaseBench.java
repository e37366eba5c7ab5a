package org.taiwa.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.TaiwaApplication;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.purchase.AllocationRequest;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Allocator;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.NewCampaign;
import org.taiwa.purchase.SignUp;
import org.taiwa.purchase.SignUpRequest;
import org.taiwa.purchase.SignUps;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.TaiwaPrincipal;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bench command for the purchase figures of issue 7, on the embedded database over TCP: 2,000 concurrent sign-up
 * attempts over HTTP against one first-come campaign of limited tonnes (62 municipalities, 32 client threads;
 * most attempts are retries with the municipality's idempotency key, one in ten a second request with a new key),
 * then allocating 62 sign-ups — the pure {@link Allocator} and the whole {@code ALLOCATED} transition with its
 * writes — for each rule. Prints the figures (docs/benchmarks.md is the lead's to update).
 * Run: {@code scripts/bench.sh purchase}.
 */
public final class PurchaseBench {

    private static final long OFFER = 100;
    private static final int ATTEMPTS = 2_000;
    private static final int CLIENTS = 32;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PurchaseBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("taiwa-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TaiwaApplication.class)
                .run("--server.port=0", "--taiwa.storage.data-dir=" + dataDir, "--vaadin.productionMode=true",
                        "--logging.level.root=warn", "--taiwa.notification.scheduling=false")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            List<Municipality> municipalities = app.getBean(MunicipalityDirectory.class).all();
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            String signUps = signUps(app, port, municipalities);
            String allocation = allocation(app, municipalities);
            System.out.println("""

                    ## Joint purchase (%s, %d cores, %s)
                    Embedded MongoDB server over TCP; load average %.1f when measuring began.
                    %s
                    %s""".formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), load, signUps,
                    allocation));
        }
    }

    private static String signUps(ConfigurableApplicationContext app, int port, List<Municipality> municipalities)
            throws Exception {
        signIn(secretariat());
        Campaign campaign = open(app.getBean(Campaigns.class), AllocationRule.FIRST_COME, OFFER, 10);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
        Map<String, List<String>> created = new ConcurrentHashMap<>();
        var status = new ConcurrentHashMap<Integer, AtomicInteger>();
        var random = new Random(20111231L);
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            var futures = new ArrayList<Future<?>>();
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                int index = random.nextInt(municipalities.size());
                String id = municipalities.get(index).id().value();
                String key = random.nextInt(10) == 0 ? "other-" + attempt : "key-" + id;
                futures.add(clients.submit(() -> {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                    + port + "/api/campaigns/" + campaign.id() + "/sign-ups"))
                            .header("Content-Type", "application/json").header("Idempotency-Key", key)
                            .header("Authorization", basic("staff." + id))
                            .POST(HttpRequest.BodyPublishers.ofString(body(1 + index % 5))).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    status.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    if (response.statusCode() == 201) {
                        String signUpId = JSON.readTree(response.body()).get("id").asString();
                        created.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(signUpId);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<SignUp> stored = app.getBean(SignUps.class).ofCampaign(campaign.id());
        long accepted = stored.stream().filter(s -> s.placement() == SignUp.Placement.CONFIRMED)
                .mapToLong(s -> s.request().tonnes()).sum();
        long remaining = app.getBean(Campaigns.class).find(campaign.id()).orElseThrow().remainingTonnes();
        Set<String> storedIds = new java.util.HashSet<>(stored.stream().map(SignUp::id).toList());
        long unmatched201 = created.values().stream().flatMap(List::stream).filter(id -> !storedIds.contains(id))
                .count();
        long duplicates = stored.size() - stored.stream().map(SignUp::municipality).distinct().count();
        long differentIdsPerMunicipality = created.values().stream().filter(ids -> ids.stream().distinct().count() > 1)
                .count();
        return """
                | sign-ups: 2,000 concurrent attempts, 62 municipalities, %d client threads | figure |
                |---|---|
                | tonnes accepted (confirmed) / on offer | %d / %d t (remaining %d t = offer − accepted: %s) |
                | answers | %s |
                | stored sign-ups / municipalities that got a 201 | %d / %d |
                | 201s without a stored sign-up | %d |
                | duplicates (a municipality stored twice; one key answered with two ids) | %d; %d |
                | waitlisted | %d |
                | throughput | %.0f attempts/s (%.1f s) |
                """.formatted(CLIENTS, accepted, OFFER, remaining, remaining == OFFER - accepted ? "yes" : "NO",
                new java.util.TreeMap<>(status), stored.size(), created.size(), unmatched201, duplicates,
                differentIdsPerMunicipality,
                stored.stream().filter(s -> s.placement() == SignUp.Placement.WAITLISTED).count(),
                ATTEMPTS / seconds, seconds);
    }

    private static String allocation(ConfigurableApplicationContext app, List<Municipality> municipalities) {
        var random = new Random(62L);
        List<AllocationRequest> requests = municipalities.stream().map(m -> new AllocationRequest(m.id().value(),
                1 + random.nextInt(20), random.nextInt(1_000))).toList();
        var rows = new StringBuilder("""
                | allocating 62 sign-ups (target ≤ 100 ms) | p50 | p99 | max | samples |
                |---|---|---|---|---|
                """);
        for (AllocationRule rule : AllocationRule.values()) {
            long[] pure = new long[3_000];
            for (int i = 0; i < pure.length; i++) {
                long start = System.nanoTime();
                Allocator.allocate(rule, 400, requests, "bench-seed");
                pure[i] = System.nanoTime() - start;
            }
            rows.append(row("Allocator, " + rule.code(), skipWarmUp(pure, 1_000)));
        }
        Campaigns campaigns = app.getBean(Campaigns.class);
        SignUps signUps = app.getBean(SignUps.class);
        for (AllocationRule rule : AllocationRule.values()) {
            long[] transition = new long[12];
            for (int run = 0; run < transition.length; run++) {
                signIn(secretariat());
                Campaign campaign = open(campaigns, rule, 400, 20);
                for (int i = 0; i < municipalities.size(); i++) {
                    Municipality m = municipalities.get(i);
                    signIn(secretariat());
                    SignUp signUp = signUps.signUp(campaign.id(), m.id(), new SignUpRequest(requests.get(i).tonnes(),
                            new SignUpRequest.Contact("環境課", "kankyo@example.jp", ""), List.of()), null);
                    signIn(approver(m));
                    signUps.approve(signUp.id());
                }
                signIn(secretariat());
                campaigns.transition(campaign.id(), CampaignStatus.CLOSED);
                long start = System.nanoTime();
                campaigns.transition(campaign.id(), CampaignStatus.ALLOCATED);
                transition[run] = System.nanoTime() - start;
            }
            rows.append(row("CLOSED → ALLOCATED with writes, " + rule.code(), skipWarmUp(transition, 2)));
        }
        return rows.toString();
    }

    private static Campaign open(Campaigns campaigns, AllocationRule rule, long total, long max) {
        Campaign draft = campaigns.create(new NewCampaign("ベンチマーク " + rule.code() + " " + System.nanoTime(),
                "kamaishi-forest-jcredit", total, 12_000, Instant.now().minus(1, ChronoUnit.HOURS),
                Instant.now().plus(1, ChronoUnit.DAYS), 1, max, rule,
                rule == AllocationRule.LOTTERY ? "bench-" + System.nanoTime() : null));
        return campaigns.transition(draft.id(), CampaignStatus.OPEN);
    }

    private static SignedInMember secretariat() {
        return new SignedInMember("secretariat", "事務局", "", Optional.empty(), Set.of(Role.SECRETARIAT));
    }

    private static SignedInMember approver(Municipality m) {
        return new SignedInMember("approver." + m.id().value(), m.nameJa() + " 承認者", "", Optional.of(m.nameJa()),
                Set.of(Role.MEMBER, Role.APPROVER));
    }

    private static void signIn(SignedInMember member) {
        TaiwaPrincipal principal = () -> member;
        var authorities = member.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, authorities));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":taiwa-demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String body(long tonnes) {
        return "{\"tonnes\":" + tonnes + ",\"contact\":{\"name\":\"環境課\",\"email\":\"kankyo@example.jp\"},"
                + "\"events\":[{\"name\":\"環境フェア\",\"date\":\"2026-10-01\",\"tonnes\":" + tonnes + "}]}";
    }

    private static long[] skipWarmUp(long[] samples, int warmUp) {
        long[] measured = Arrays.copyOfRange(samples, warmUp, samples.length);
        Arrays.sort(measured);
        return measured;
    }

    private static String row(String what, long[] sorted) {
        return "| %s | %s | %s | %s | %d |%n".formatted(what, ms(sorted, 50), ms(sorted, 99), ms(sorted, 100),
                sorted.length);
    }

    private static String ms(long[] sorted, int percentile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return "%.3f ms".formatted(sorted[Math.max(index, 0)] / 1_000_000.0);
    }

}
