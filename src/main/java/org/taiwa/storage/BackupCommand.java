package org.taiwa.storage;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taiwa.storage.internal.BackupManifest;
import org.taiwa.storage.internal.DatabaseBackup;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClients;

/**
 * The jar's backup and restore commands, run instead of the portal (scripts/backup.sh, scripts/restore.sh):
 * <pre>
 * java -jar taiwa.jar --taiwa.backup.to=DIR      [--spring.mongodb.uri=URI | --taiwa.storage.port=27018]
 * java -jar taiwa.jar --taiwa.restore.from=DIR   [--taiwa.restore.replace=true] [the same database options]
 * </pre>
 * They talk to the database over the wire: to MongoDB by its URI, or to a running portal's embedded server on its
 * fixed port ({@code taiwa.storage.port}); never to the embedded server's file, which the portal holds. Options
 * may also come from the environment ({@code SPRING_MONGODB_URI}, {@code TAIWA_STORAGE_PORT}, ...).
 */
public final class BackupCommand {

    static final String BACKUP = "taiwa.backup.to";
    static final String RESTORE = "taiwa.restore.from";
    static final String REPLACE = "taiwa.restore.replace";

    private final String[] args;
    private final Map<String, String> environment;

    BackupCommand(String[] args, Map<String, String> environment) {
        this.args = args.clone();
        this.environment = environment;
    }

    /** The arguments ask for a backup or a restore rather than the portal. */
    public static boolean asked(String[] args) {
        var command = new BackupCommand(args, Map.of());
        return command.option(BACKUP).isPresent() || command.option(RESTORE).isPresent();
    }

    /** Runs the command asked for and returns the process's exit code (0: done, 1: refused or failed). */
    public static int run(String[] args) {
        // without Spring's logging set-up the driver would log its every step; the command says what matters
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        return new BackupCommand(args, System.getenv()).run(System.out, System.err);
    }

    int run(PrintStream out, PrintStream err) {
        String uri;
        try {
            uri = uri();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        try (var client = MongoClients.create(uri)) {
            var database = client.getDatabase(databaseName(uri));
            Optional<String> to = option(BACKUP);
            if (to.isPresent()) {
                BackupManifest manifest = DatabaseBackup.backup(database, Path.of(to.get()));
                out.printf("Backed up %s: %d collections, %d documents into %s%n", database.getName(),
                        manifest.collections().size(), manifest.documents(), to.get());
            } else {
                Path from = Path.of(option(RESTORE).orElseThrow());
                boolean replace = option(REPLACE).map(Boolean::parseBoolean).orElse(false);
                BackupManifest manifest = DatabaseBackup.restore(database, from, replace);
                out.printf("Restored %s from %s: %d collections, %d documents; every node rebuilds its search"
                        + " index%n", database.getName(), from, manifest.collections().size(), manifest.documents());
            }
            return 0;
        } catch (DatabaseBackup.BackupException e) {
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("The " + (option(BACKUP).isPresent() ? "backup" : "restore") + " failed with " + uri
                    + ": " + e);
            return 1;
        }
    }

    /** {@code spring.mongodb.uri}, else the embedded server at {@code taiwa.storage.host:port}. */
    String uri() {
        Optional<String> uri = setting("spring.mongodb.uri");
        if (uri.isPresent()) {
            return uri.get();
        }
        String port = setting("taiwa.storage.port").orElse("0");
        if ("0".equals(port)) {
            throw new IllegalArgumentException("Give the database: --spring.mongodb.uri=mongodb://..., or, for a"
                    + " running portal's embedded server, the fixed port it was started with"
                    + " (--taiwa.storage.port=27018).");
        }
        return "mongodb://" + setting("taiwa.storage.host").orElse("127.0.0.1") + ":" + port + "/"
                + setting("taiwa.storage.database").orElse("taiwa");
    }

    private static String databaseName(String uri) {
        String name = new ConnectionString(uri).getDatabase();
        return name == null ? "taiwa" : name;
    }

    /** A command-line option, else its environment variable (taiwa.storage.port: TAIWA_STORAGE_PORT). */
    private Optional<String> setting(String name) {
        return option(name).or(() -> Optional.ofNullable(
                environment.get(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("-", ""))));
    }

    private Optional<String> option(String name) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Optional.of(arg.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }
}
