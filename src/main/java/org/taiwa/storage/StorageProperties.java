package org.taiwa.storage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded database, used only when {@code spring.mongodb.uri} is not set.
 *
 * @param dataDir folder that holds the embedded database file
 * @param host address the embedded server listens on
 * @param port port of the embedded server; 0 picks a free one
 * @param database name of the database
 * @param serverSelectionTimeout how long a database call waits for a reachable server before it fails (also the
 *        connect timeout), for the embedded server and for {@code spring.mongodb.uri} unless the URI sets its own
 *        {@code serverSelectionTimeoutMS} / {@code connectTimeoutMS}; the driver's default of 30 s would keep
 *        members waiting that long before they learn the database is unavailable
 */
@ConfigurationProperties("taiwa.storage")
public record StorageProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("0") int port,
        @DefaultValue("taiwa") String database,
        @DefaultValue("3s") Duration serverSelectionTimeout) {

    private static final Duration DEFAULT_SERVER_SELECTION_TIMEOUT = Duration.ofSeconds(3);

    /** The embedded server's settings with the default server selection timeout. */
    public StorageProperties(Path dataDir, String host, int port, String database) {
        this(dataDir, host, port, database, DEFAULT_SERVER_SELECTION_TIMEOUT);
    }

    @ConstructorBinding
    public StorageProperties {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("taiwa.storage.port must be between 0 and 65535, was " + port);
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("taiwa.storage.database must not be blank");
        }
        if (serverSelectionTimeout == null) {
            serverSelectionTimeout = DEFAULT_SERVER_SELECTION_TIMEOUT;
        }
        if (serverSelectionTimeout.isNegative() || serverSelectionTimeout.isZero()) {
            throw new IllegalArgumentException("taiwa.storage.server-selection-timeout must be positive, was "
                    + serverSelectionTimeout);
        }
    }

    /** The MVStore file of the embedded server. */
    public Path dataFile() {
        return dataDir.resolve(database + ".mv.db");
    }
}
