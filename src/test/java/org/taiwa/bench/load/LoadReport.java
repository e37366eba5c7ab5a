package org.taiwa.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/** The load bench's tables: one row per step (the curves), the round trips per request type of the steps. */
final class LoadReport {

    private static final double P95_TARGET_MS = 300;
    private static final long SESSION_TARGET_BYTES = 250 * 1024;

    private final LoadBench.LoadOptions options;
    private final String loadBefore;
    private final ChildApp.LiveHeap baseline;
    private final List<Step> steps = new ArrayList<>();

    LoadReport(LoadBench.LoadOptions options, String loadBefore, ChildApp.LiveHeap baseline) {
        this.options = options;
        this.loadBefore = loadBefore;
        this.baseline = baseline;
    }

    /** One step's figures: N members for {@code seconds} of steady state. */
    record Step(int users, double seconds, Stats.Interval interval, ChildApp.LiveHeap heap, double appCores,
                Map<ChildApp.ThreadKind, Double> appCoresByKind, double driverCores, MachineCounters machine,
                String loadAfter) {

        boolean broke() {
            return Stats.Interval.ms(interval.all(), 95) > P95_TARGET_MS || interval.errorCount() > 0;
        }
    }

    /** The live heap at the end with every member stopped but signed in, and again once all had signed out. */
    record Released(ChildApp.LiveHeap signedIn, ChildApp.LiveHeap signedOut) {

        long sessions() {
            return signedIn.sessions() - signedOut.sessions();
        }

        double kilobytesPerSession() {
            return (signedIn.bytes() - signedOut.bytes()) / 1e3 / Math.max(1, sessions());
        }
    }

    private Released released;

    void add(Step step) {
        steps.add(step);
    }

    void sessionsReleased(Released figures) {
        this.released = figures;
    }

    boolean lastBroke() {
        return steps.getLast().broke();
    }

    String lastStep() {
        Step s = steps.getLast();
        return "--- " + s.users() + " members\n" + curveHeader() + curveRow(s) + typeTable(s);
    }

    String text(long errorLinesInLog) {
        var out = new StringBuilder("\n## Load (%s, %d cores%s, %s; `scripts/bench.sh load%s`)\n".formatted(
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                options.steps().equals(LoadBench.LoadOptions.DEFAULT_STEPS) ? "" : " " + options.steps()));
        out.append("""
                %s; members signed in through the development sign-in, spread over the %s staff accounts, each with \
                its own cookies, Vaadin session and push WebSocket, think time 5–10 s; per action: 35 %% open a \
                thread, 20 %% search (`/search?q=`), 10 %% the library, 5 %% the forum, 12 %% the calculator page \
                and `POST /api/offset/estimate`, 12 %% a reply (API), 6 %% the campaign page and a sign-up (API, \
                `Idempotency-Key`). Pages are followed as links inside the portal (UIDL `ui-navigate` and the \
                property round trip after it), %d %% loaded anew (bootstrap HTML, `v-r=init`, push, UIDL). \
                Each step: %d s ramp-up, 10 s settling, %d s measured. Round trip = request sent to response read \
                by the driver, which runs on the same cores. Load average before: %s. Child arguments: %s.
                """.formatted(baseline != null ? "Production jar as a child process, embedded database, -Xmx"
                        + options.heap() : "Running portal at " + options.url(), "62", options.reloadPercent(),
                options.rampSeconds(), options.steadySeconds(), loadBefore, String.join(" ", options.appArgs())));
        out.append('\n').append(curveHeader());
        steps.forEach(s -> out.append(curveRow(s)));
        if (baseline != null) {
            out.append("\nLive heap after a full GC with no member signed in, after one member had opened every kind of page and signed out: %.1f MB. Heap growth ÷ sessions = (live heap − that) ÷ live Vaadin sessions; in brackets the whole live heap ÷ sessions; then the growth from the step before ÷ the sessions added. The growth holds more than the sessions: everything the run wrote to the embedded database (which lives in the same heap), Tomcat's cached request processors and connection buffers, and Atmosphere's caches. The heap per session itself is measured below, with the sessions alone. Class histograms of each step: target/load-heap-N.txt.\n"
                    .formatted(baseline.bytes() / 1e6));
        }
        if (released != null) {
            out.append(("\n**Heap per Vaadin session, the sessions alone**: at the end, every member stopped but signed in "
                    + "(%d sessions, %d UIs): live heap %.1f MB; after all had signed out (%d sessions left): %.1f MB. "
                    + "(%.1f − %.1f) MB ÷ %d sessions = **%.0f KB per session**%s (target ≤ 250 KB). This leaves out "
                    + "what the run added to the data and the caches, which the growth above includes.\n").formatted(
                    released.signedIn().sessions(), released.signedIn().uis(), released.signedIn().bytes() / 1e6,
                    released.signedOut().sessions(), released.signedOut().bytes() / 1e6,
                    released.signedIn().bytes() / 1e6, released.signedOut().bytes() / 1e6, released.sessions(),
                    released.kilobytesPerSession(), released.kilobytesPerSession() * 1024 > SESSION_TARGET_BYTES
                            ? " ✗" : " ✓"));
        }
        Step shown = steps.stream().filter(s -> s.users() == 500).findFirst().orElse(steps.getLast());
        out.append("\nRound trips by request type at ").append(shown.users()).append(" members:\n\n")
                .append(typeTable(shown));
        Step broke = steps.stream().filter(Step::broke).findFirst().orElse(null);
        out.append('\n').append(broke == null ? "No step broke the targets (p95 ≤ 300 ms, no errors) up to "
                + steps.getLast().users() + " members."
                : "First step past the targets: " + broke.users() + " members (p95 %.0f ms, %d errors%s)."
                        .formatted(Stats.Interval.ms(broke.interval().all(), 95), broke.interval().errorCount(),
                                broke.interval().errors().isEmpty() ? "" : ": " + broke.interval().errors()));
        if (errorLinesInLog >= 0) {
            out.append(" ERROR lines in the portal's log: ").append(errorLinesInLog).append('.');
        }
        return out.append('\n').toString();
    }

    private static String curveHeader() {
        return """
                | members | requests/s | p50 | p95 | p99 | max | errors | sign-ups refused (409) | live heap after GC | Vaadin sessions / UIs | heap growth ÷ sessions | portal CPU (cores; of which GC, JIT) | driver CPU (cores) | CPU stolen by the host | connections dropped (listen queue full) | load avg |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
                """;
    }

    private String curveRow(Step s) {
        Histogram all = s.interval().all();
        String heap = "—";
        String sessions = "—";
        String perSession = "—";
        if (s.heap() != null) {
            heap = "%.1f MB".formatted(s.heap().bytes() / 1e6);
            sessions = s.heap().sessions() + " / " + s.heap().uis();
            if (s.heap().sessions() > 0) {
                long increment = (s.heap().bytes() - baseline.bytes()) / s.heap().sessions();
                perSession = "%.0f KB (%.0f KB)".formatted(increment / 1024.0,
                        s.heap().bytes() / 1024.0 / s.heap().sessions());
                int index = steps.indexOf(s);
                ChildApp.LiveHeap before = index > 0 ? steps.get(index - 1).heap() : null;
                if (before != null && s.heap().sessions() > before.sessions()) {
                    perSession += "; %.0f KB since the step before".formatted((s.heap().bytes() - before.bytes())
                            / 1024.0 / (s.heap().sessions() - before.sessions()));
                }
            }
        }
        long refused = s.interval().refusals().values().stream().mapToLong(Long::longValue).sum();
        return ("| %d | %.1f | %.1f ms | %.1f ms%s | %.1f ms | %.0f ms | %d | %d | %s | %s | %s | %.2f%s | %.2f "
                + "| %.1f %% | %d | %s |%n")
                .formatted(s.users(), all.getTotalCount() / s.seconds(), Stats.Interval.ms(all, 50),
                        Stats.Interval.ms(all, 95), Stats.Interval.ms(all, 95) > P95_TARGET_MS ? " ✗" : "",
                        Stats.Interval.ms(all, 99), Stats.Interval.maxMs(all), s.interval().errorCount(), refused,
                        heap, sessions, perSession, s.appCores(), byKind(s), s.driverCores(),
                        s.machine().stealPercent(), s.machine().listenOverflows(), s.loadAfter());
    }

    /** " (model name)" from /proc/cpuinfo, or nothing. */
    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> " (" + line.substring(line.indexOf(':') + 1).strip() + ")").orElse("");
        } catch (Exception unreadable) {
            return "";
        }
    }

    private static String byKind(Step s) {
        Double gc = s.appCoresByKind().get(ChildApp.ThreadKind.GC);
        Double jit = s.appCoresByKind().get(ChildApp.ThreadKind.JIT);
        return gc == null || jit == null ? "" : " (%.2f, %.2f)".formatted(gc, jit);
    }

    private static String typeTable(Step s) {
        var out = new StringBuilder("| request type | count | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Histogram> e : s.interval().perType().entrySet()) {
            Histogram h = e.getValue();
            if (h.getTotalCount() > 0) {
                out.append("| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.0f ms |%n".formatted(e.getKey(),
                        h.getTotalCount(), Stats.Interval.ms(h, 50), Stats.Interval.ms(h, 95),
                        Stats.Interval.ms(h, 99), Stats.Interval.maxMs(h)));
            }
        }
        Histogram all = s.interval().all();
        out.append("| all | %d | %.1f ms | %.1f ms | %.1f ms | %.0f ms |%n".formatted(all.getTotalCount(),
                Stats.Interval.ms(all, 50), Stats.Interval.ms(all, 95), Stats.Interval.ms(all, 99),
                Stats.Interval.maxMs(all)));
        if (!s.interval().errors().isEmpty()) {
            out.append("\nErrors: ").append(s.interval().errors()).append('\n');
        }
        if (!s.interval().refusals().isEmpty()) {
            out.append("\nRefusals (by design): ").append(s.interval().refusals()).append('\n');
        }
        return out.toString();
    }
}
