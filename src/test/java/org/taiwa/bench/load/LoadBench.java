package org.taiwa.bench.load;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Bench command for the load figures of issue 8: N concurrent signed-in members (virtual threads, each its own
 * cookies and Vaadin session, think time 5–10 s) driving the Vaadin UI's real HTTP requests and the API, in steps
 * (100 → 200 → 300 → 500 → … until p95 passes 300 ms or requests fail), against the production jar started as a
 * child process on the embedded database (or a running portal with {@code --url=}). Per step: round trips per
 * request type, errors, refusals, the child's live heap after a full GC per Vaadin session, CPU. Prints the tables
 * and, for a measured run (steady state of 2 minutes or more), appends them to docs/benchmarks.md.
 * <p>
 * Run: {@code scripts/bench.sh load [users...] [--steady=150] [--ramp=30] [--heap=3g] [--reload=2] [--jfr]
 * [--dump] [--url=http://host:port] [--app=--some.property=value]}; {@code --dump} writes a heap dump of the portal
 * with every member stopped but signed in to target/load.hprof.
 */
public final class LoadBench {

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        var options = LoadOptions.parse(args);
        String loadBefore = loadAverage();
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        ChildApp app = options.url() == null ? ChildApp.start(options.port(), options.heap(), options.jvmOptions(),
                options.appArgs()) : null;
        try {
            String base = app != null ? app.baseUrl() : options.url();
            System.out.println("Portal at " + base + (app != null ? " (pid " + app.pid() + ", log " + app.log() + ")"
                    : "") + "; preparing threads");
            LoadPlan plan = LoadPlan.prepare(http, base, options.threads(), 10, options.reloadPercent());
            warmUp(http, plan);
            ChildApp.LiveHeap baseline = app != null ? app.liveHeap("0") : null;
            var report = new LoadReport(options, loadBefore, baseline);
            var stats = new Stats();
            var members = new ArrayList<Member>();
            var threads = new ArrayList<Thread>();
            for (int users : options.steps()) {
                report.add(step(users, members, threads, plan, http, stats, app, options));
                System.out.println(report.lastStep());
                if (users >= 500 && report.lastBroke()) {
                    break;
                }
            }
            members.forEach(Member::stop);
            if (app != null && !members.isEmpty()) {
                report.sessionsReleased(releaseSessions(members, threads, app, options.dump()));
            }
            String text = report.text(app != null ? errorLines(app.log()) : -1);
            System.out.println(text);
            if (options.steadySeconds() >= 120 && options.append()) {
                Files.writeString(Path.of("docs/benchmarks.md"), text, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                System.out.println("(appended to docs/benchmarks.md)");
            }
        } finally {
            if (app != null) {
                app.close();
            }
        }
        System.exit(0);
    }

    private static LoadReport.Step step(int users, List<Member> members, List<Thread> threads, LoadPlan plan,
                                        HttpClient http,
                                        Stats stats, ChildApp app, LoadOptions options) throws Exception {
        int adding = users - members.size();
        long rampNanos = Duration.ofSeconds(options.rampSeconds()).toNanos();
        long rampStart = System.nanoTime();
        for (int i = 0; i < adding; i++) {
            String account = plan.accounts().get(members.size() % plan.accounts().size());
            var member = new Member(new VaadinClient(http, plan.base(), stats, options.push()), account, plan, stats);
            members.add(member);
            threads.add(Thread.ofVirtual().name("member-" + members.size()).start(member));
            long due = rampStart + rampNanos * (i + 1) / Math.max(adding, 1);
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
        }
        // members that just signed in act within 10 s: measure from then on
        Thread.sleep(10_000);
        stats.interval();
        Path profile = Path.of("target/load-" + users + ".jfr").toAbsolutePath();
        if (app != null && options.jfr()) {
            app.jcmd("JFR.start", "name=step", "settings=profile", "filename=" + profile);
        }
        double appCpu = app != null ? app.cpuSeconds() : Double.NaN;
        Map<ChildApp.ThreadKind, Double> appCpuByKind = app != null ? app.cpuSecondsByKind() : Map.of();
        long driverCpu = driverCpuNanos();
        var machine = MachineCounters.read();
        long start = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(options.steadySeconds()));
        Stats.Interval interval = stats.interval();
        if (app != null && options.jfr()) {
            System.out.println(app.jcmd("JFR.stop", "name=step"));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double appCores = app != null ? (app.cpuSeconds() - appCpu) / seconds : Double.NaN;
        double driverCores = (driverCpuNanos() - driverCpu) / 1e9 / seconds;
        var appCoresByKind = new EnumMap<ChildApp.ThreadKind, Double>(ChildApp.ThreadKind.class);
        if (app != null) {
            app.cpuSecondsByKind().forEach((kind, used) -> appCoresByKind.put(kind,
                    (used - appCpuByKind.get(kind)) / seconds));
        }
        MachineCounters machineDuring = MachineCounters.read().since(machine);
        ChildApp.LiveHeap heap = app != null ? app.liveHeap(Integer.toString(users)) : null;
        return new LoadReport.Step(users, seconds, interval, heap, appCores, appCoresByKind, driverCores,
                machineDuring, loadAverage());
    }

    /**
     * What the sessions themselves hold, without what the run added to the data and the caches: the live heap with
     * every member stopped but still signed in (their pages open), then again once all have signed out and their
     * sessions ended. The difference divided by the sessions is the heap per Vaadin session.
     */
    private static LoadReport.Released releaseSessions(List<Member> members, List<Thread> threads, ChildApp app,
                                                       boolean dump) throws Exception {
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(30));
        }
        ChildApp.LiveHeap signedIn = app.liveHeap("signed-in");
        if (dump) {
            Path file = Path.of("target/load.hprof").toAbsolutePath();
            Files.deleteIfExists(file);
            System.out.println(app.jcmd("GC.heap_dump", file.toString()));
        }
        var signingOut = new ArrayList<Thread>();
        for (Member member : members) {
            signingOut.add(Thread.ofVirtual().start(member::signOut));
        }
        for (Thread thread : signingOut) {
            thread.join(Duration.ofSeconds(60));
        }
        ChildApp.LiveHeap signedOut = app.liveHeap("signed-out");
        return new LoadReport.Released(signedIn, signedOut);
    }

    /**
     * One member opens every kind of page and signs out before the baseline heap is taken: what the first visit
     * loads once for everyone (fonts, templates, caches, compiled code) is not counted as the sessions' memory.
     */
    private static void warmUp(HttpClient http, LoadPlan plan) throws Exception {
        var client = new VaadinClient(http, plan.base(), new Stats(), true);
        try {
            if (!client.signIn(plan.accounts().getFirst(), LoadPlan.PASSWORD)) {
                throw new IllegalStateException("the warm-up member could not sign in");
            }
            for (String route : List.of("threads/" + plan.threads().getFirst(), "search?q=%E9%87%9C%E7%9F%B3",
                    "library", "spaces/forum", "offset", "campaigns/" + plan.campaign())) {
                client.follow(route);
            }
            if (!client.signOut()) {
                throw new IllegalStateException("the warm-up member could not sign out");
            }
        } finally {
            client.close();
        }
    }

    private static long driverCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static long errorLines(Path log) {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(" ERROR ")).count();
        } catch (Exception e) {
            return -1;
        }
    }

    /** The command line: user counts and {@code --name=value} options. */
    record LoadOptions(List<Integer> steps, int steadySeconds, int rampSeconds, String heap, int reloadPercent,
                       boolean push, boolean jfr, boolean dump, boolean append, String url, int port,
                       int threads, List<String> appArgs) {

        static final List<Integer> DEFAULT_STEPS = List.of(100, 200, 300, 500, 750, 1000, 1500);

        static LoadOptions parse(String[] args) {
            var steps = new ArrayList<Integer>();
            int steady = 150;
            int ramp = 30;
            String heap = "3g";
            int reload = 2;
            boolean push = true;
            boolean jfr = false;
            boolean dump = false;
            boolean append = true;
            String url = null;
            int port = 18650;
            int threads = 40;
            // the driver comes from one address: per-address limits are raised for the run (docs/benchmarks.md)
            var appArgs = new ArrayList<>(List.of("--taiwa.offset.estimate-rate-limit=1000000",
                    "--taiwa.security.rate-limits.limits.api-address.requests=1000000",
                    "--taiwa.security.rate-limits.limits.sign-in-address.requests=1000000"));
            for (String arg : Arrays.stream(args).flatMap(a -> Arrays.stream(a.strip().split("\\s+")))
                    .filter(a -> !a.isBlank()).toList()) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
                if (arg.matches("\\d+")) {
                    steps.add(Integer.parseInt(arg));
                } else if (arg.startsWith("--steady=")) {
                    steady = Integer.parseInt(value);
                } else if (arg.startsWith("--ramp=")) {
                    ramp = Integer.parseInt(value);
                } else if (arg.startsWith("--heap=")) {
                    heap = value;
                } else if (arg.startsWith("--reload=")) {
                    reload = Integer.parseInt(value);
                } else if (arg.equals("--no-push")) {
                    push = false;
                } else if (arg.equals("--jfr")) {
                    jfr = true;
                } else if (arg.equals("--dump")) {
                    dump = true;
                } else if (arg.equals("--no-append")) {
                    append = false;
                } else if (arg.startsWith("--url=")) {
                    url = value.replaceAll("/$", "");
                } else if (arg.startsWith("--port=")) {
                    port = Integer.parseInt(value);
                } else if (arg.startsWith("--threads=")) {
                    threads = Integer.parseInt(value);
                } else if (arg.startsWith("--app=")) {
                    appArgs.add(value);
                } else {
                    throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            return new LoadOptions(steps.isEmpty() ? DEFAULT_STEPS : List.copyOf(steps), steady, ramp, heap, reload,
                    push, jfr, dump, append, url, port, threads, List.copyOf(appArgs));
        }

        List<String> jvmOptions() {
            // Vaadin's and Spring's stacks run deeper than JFR's default 64 frames: without more, samples lose the
            // request they belong to; each step's measured interval is recorded (target/load-N.jfr), not the start
            return jfr ? List.of("-XX:FlightRecorderOptions=stackdepth=256") : List.of();
        }
    }
}
