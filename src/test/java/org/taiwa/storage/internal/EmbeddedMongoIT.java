package org.taiwa.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taiwa.storage.StorageProperties;
import org.taiwa.storage.StorageStartupException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

class EmbeddedMongoIT {

    @TempDir
    Path dataDir;

    @Test
    void data_written_before_a_stop_is_there_after_a_restart_on_the_same_file() {
        var properties = new StorageProperties(dataDir, "127.0.0.1", 0, "taiwa");
        try (var server = EmbeddedMongo.start(properties); MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("taiwa").getCollection("things").insertOne(new Document("_id", "a").append("n", 1));
            client.getDatabase("taiwa").getCollection("things").updateOne(Filters.eq("_id", "a"),
                    new Document("$inc", new Document("n", 1)));
        }
        try (var server = EmbeddedMongo.start(properties); MongoClient client = MongoClients.create(server.connectionString())) {
            Document thing = client.getDatabase("taiwa").getCollection("things").find(Filters.eq("_id", "a")).first();
            assertThat(thing).isNotNull();
            assertThat(thing.getInteger("n")).isEqualTo(2);
        }
        assertThat(properties.dataFile()).exists();
    }

    @Test
    void a_second_server_on_a_file_in_use_fails_with_a_clear_message() {
        var properties = new StorageProperties(dataDir, "127.0.0.1", 0, "taiwa");
        try (var first = EmbeddedMongo.start(properties)) {
            assertThatThrownBy(() -> EmbeddedMongo.start(properties))
                    .isInstanceOf(StorageStartupException.class)
                    .hasMessageContaining("is in use by another process")
                    .satisfies(e -> assertThat(((StorageStartupException) e).action())
                            .contains("taiwa.storage.data-dir"));
            assertThat(first.address().getPort()).isPositive();
        }
    }

    @Test
    void a_port_in_use_fails_with_a_clear_message_and_releases_the_file() {
        var properties = new StorageProperties(dataDir.resolve("a"), "127.0.0.1", 0, "taiwa");
        try (var first = EmbeddedMongo.start(properties)) {
            var samePort = new StorageProperties(dataDir.resolve("b"), "127.0.0.1", first.address().getPort(), "taiwa");
            assertThatThrownBy(() -> EmbeddedMongo.start(samePort))
                    .isInstanceOf(StorageStartupException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + first.address().getPort());
            try (var again = EmbeddedMongo.start(new StorageProperties(dataDir.resolve("b"), "127.0.0.1", 0, "taiwa"))) {
                assertThat(again.address().getPort()).isNotEqualTo(first.address().getPort());
            }
        }
    }
}
