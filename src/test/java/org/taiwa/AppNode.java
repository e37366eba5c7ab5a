package org.taiwa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application in a process of its own, as an operator runs a node: the test's class path (the build's
 * classes and the production bundle), its own port, data folder and log file. For tests with several nodes on
 * one database; {@link #close()} stops it (SIGTERM, then SIGKILL after 20 s).
 */
public final class AppNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts a node with these {@code --property=value} arguments on a free port, logging into {@code dir}. */
    public static AppNode start(String name, Path dir, String... properties) throws IOException {
        int port = freePort();
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx600m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), TaiwaApplication.class.getName(),
                "--server.port=" + port, "--vaadin.productionMode=true", "--vaadin.launch-browser=false",
                "--taiwa.notification.scheduling=false", "--taiwa.storage.data-dir=" + dir.resolve(name + "-data")));
        command.addAll(List.of(properties));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        return new AppNode(name, port, log, builder.start());
    }

    /** A free TCP port on the loopback address (free when asked; good enough for a test). */
    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until something accepts connections on the port (e.g. the embedded database of another node). */
    public static void awaitPort(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("nothing listens on port " + port + " after " + timeout);
    }

    /** Waits until the node reports itself ready (readiness probe 200). */
    public AppNode awaitReady(Duration timeout) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " stopped at start:\n" + logTail());
            }
            try {
                var request = HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                        .timeout(Duration.ofSeconds(5)).build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("node " + name + " not ready after " + timeout + ":\n" + logTail());
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Everything the node logged so far. */
    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private String logTail() throws IOException {
        String all = log();
        return all.substring(Math.max(0, all.length() - 4_000));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
