package org.taiwa.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal under load: the production jar as a child process (fresh data folder, embedded database, a fixed heap,
 * Lucene's Vector API module), watched through {@code jcmd} and {@code /proc}: live heap and Vaadin sessions after a
 * full GC, CPU time.
 */
final class ChildApp implements AutoCloseable {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    private final Process process;
    private final Path dataDir;
    private final String baseUrl;
    private final Path javaHome;

    private ChildApp(Process process, Path dataDir, String baseUrl, Path javaHome) {
        this.process = process;
        this.dataDir = dataDir;
        this.baseUrl = baseUrl;
        this.javaHome = javaHome;
    }

    /** Starts the jar under target/ and waits until its health is UP. */
    static ChildApp start(int port, String heap, List<String> jvmOptions, List<String> appArgs) throws Exception {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("taiwa-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/taiwa-*.jar: run ./mvnw package first"));
        }
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path dataDir = Files.createTempDirectory("taiwa-load");
        var command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), "-Xms" + heap, "-Xmx" + heap,
                "--add-modules", "jdk.incubator.vector"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--taiwa.storage.data-dir=" + dataDir, "--taiwa.notification.scheduling=false",
                "--logging.level.root=warn"));
        command.addAll(appArgs);
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        builder.environment().remove("SPRING_MONGODB_URI");
        builder.environment().remove("TAIWA_OIDC_ISSUER");
        Process process = builder.start();
        var app = new ChildApp(process, dataDir, "http://localhost:" + port, javaHome);
        app.awaitUp(Duration.ofMinutes(5));
        return app;
    }

    private void awaitUp(Duration limit) throws Exception {
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited; its log: " + dataDir.resolve("app.log"));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl
                        + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("the app was not UP within " + limit + "; its log: "
                + dataDir.resolve("app.log"));
    }

    String baseUrl() {
        return baseUrl;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return dataDir.resolve("app.log");
    }

    /**
     * A class histogram of live objects (jcmd runs a full GC first): bytes of the whole live heap and the number of
     * live Vaadin sessions and UIs. The histogram itself is kept as {@code target/load-heap-NAME.txt}.
     */
    LiveHeap liveHeap(String name) throws IOException, InterruptedException {
        String histogram = jcmd("GC.class_histogram");
        // kept for a diff between steps: what a session holds
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-heap-" + name + ".txt"), histogram);
        Matcher total = TOTAL.matcher(histogram);
        long bytes = total.find() ? Long.parseLong(total.group(2)) : -1;
        return new LiveHeap(bytes, instances(histogram, "com.vaadin.flow.server.VaadinSession")
                + instances(histogram, "com.vaadin.flow.spring.SpringVaadinSession"),
                instances(histogram, "com.vaadin.flow.component.UI"));
    }

    private static long instances(String histogram, String className) {
        Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "( |$)")
                .matcher(histogram);
        return row.find() ? Long.parseLong(row.group(1)) : 0;
    }

    /** CPU seconds the child has used so far (user + system, from /proc). */
    double cpuSeconds() {
        try {
            String[] stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat")).split("\\) ", 2)[1]
                    .split(" ");
            // fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name
            return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * CPU seconds the child's threads have used so far, by kind: the garbage collector's threads, the JIT
     * compilers', and the rest (requests, push, the embedded database, timers). From /proc/PID/task/TID/stat, whose
     * name field holds the thread's name cut to 15 characters.
     */
    Map<ThreadKind, Double> cpuSecondsByKind() {
        var seconds = new EnumMap<ThreadKind, Double>(ThreadKind.class);
        for (ThreadKind kind : ThreadKind.values()) {
            seconds.put(kind, 0.0);
        }
        try (var tasks = Files.list(Path.of("/proc/" + process.pid() + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    double used = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    seconds.merge(ThreadKind.of(stat.substring(open + 1, close)), used, Double::sum);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            seconds.replaceAll((kind, value) -> Double.NaN);
        }
        return seconds;
    }

    /** What a thread of the child does, told by its name. */
    enum ThreadKind {
        GC, JIT, OTHER;

        static ThreadKind of(String name) {
            if (name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("ZWorker")
                    || name.startsWith("ZDirector")) {
                return GC;
            }
            return name.startsWith("C2 Compiler") || name.startsWith("C1 Compiler") ? JIT : OTHER;
        }
    }

    String jcmd(String... command) throws IOException, InterruptedException {
        var args = new ArrayList<>(List.of(javaHome.resolve("bin/jcmd").toString(), Long.toString(process.pid())));
        args.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(2, TimeUnit.MINUTES);
        return out;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Live heap after a full GC, and the Vaadin sessions and UIs in it. */
    record LiveHeap(long bytes, long sessions, long uis) {
    }
}
