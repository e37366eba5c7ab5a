package org.taiwa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The production jar ({@code target/taiwa-*.jar}, built by {@code package}) run as a child process, as an
 * operator runs it: for the tests that kill it, cut it off from its database or its Keycloak. Its output goes to
 * {@code target/portal-<name>.log} (appended across restarts); {@link #close()} kills it.
 */
public final class PortalProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final String name;
    private final int port;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    private PortalProcess(String name, int port, List<String> arguments) {
        this.name = name;
        this.port = port;
        this.arguments = List.copyOf(arguments);
        this.log = Path.of("target", "portal-" + name + ".log").toAbsolutePath();
    }

    /**
     * Starts the jar on a free port with these application arguments ({@code --taiwa.storage.data-dir=…}) and
     * waits until it answers.
     */
    public static PortalProcess start(String name, String... applicationArguments) {
        var portal = new PortalProcess(name, freePort(), List.of(applicationArguments));
        portal.launch();
        return portal;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL (on Linux): no shutdown hook runs, nothing is flushed or closed; waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** Starts it again with the same port, data folder and arguments, and waits until it answers. */
    public void restart() {
        if (process.isAlive()) {
            kill();
        }
        launch();
    }

    private void launch() {
        var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Xmx640m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
                "--server.port=" + port, "--vaadin.launch-browser=false"));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        // the child takes its settings from the arguments only, not from the environment of the build
        builder.environment().keySet().removeIf(key -> key.startsWith("TAIWA_") || key.startsWith("SPRING_"));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "=== " + Instant.now() + " starting " + command + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        awaitAnswering();
    }

    private void awaitAnswering() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " did not answer within " + START_TIMEOUT + "; see " + log);
    }

    private static Path jar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("taiwa-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-sources.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/taiwa-*.jar: run ./mvnw package first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nobody listens on now. */
    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
