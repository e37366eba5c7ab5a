package org.taiwa.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded database, used only when {@code spring.mongodb.uri} is not set.
 *
 * @param dataDir folder that holds the embedded database file
 * @param host address the embedded server listens on
 * @param port port of the embedded server; 0 picks a free one
 * @param database name of the database
 */
@ConfigurationProperties("taiwa.storage")
public record StorageProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("0") int port,
        @DefaultValue("taiwa") String database) {

    public StorageProperties {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("taiwa.storage.port must be between 0 and 65535, was " + port);
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("taiwa.storage.database must not be blank");
        }
    }

    /** The MVStore file of the embedded server. */
    public Path dataFile() {
        return dataDir.resolve(database + ".mv.db");
    }
}
