package org.taiwa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.storage.internal.DatabaseBackup;
import org.taiwa.storage.internal.EmbeddedMongo;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;

/**
 * A backup of the running portal (over the wire, while it holds the data file), restored into an empty database:
 * every document, every GridFS byte and every index comes back, and the restored database has a new identity.
 */
@TaiwaIntegrationTest
class BackupRoundTripIT {

    @Autowired
    EmbeddedMongo portal;

    @Autowired
    DatabaseIdentity identity;

    @TempDir
    Path temp;

    @Test
    void a_backup_restored_into_an_empty_database_holds_every_document_file_and_index() throws Exception {
        byte[] file = new byte[700_000];
        new Random(8).nextBytes(file);
        ObjectId fileId;
        String sourceIdentity = identity.id();
        try (var client = MongoClients.create(portal.connectionString())) {
            MongoDatabase source = client.getDatabase("taiwa");
            fileId = GridFSBuckets.create(source, "backuptest").uploadFromStream("all-bytes.bin",
                    new ByteArrayInputStream(file));
        }
        Path backup = temp.resolve("backup");
        assertThat(command("--taiwa.backup.to=" + backup, "--spring.mongodb.uri=" + portal.connectionString()))
                .startsWith("0 Backed up taiwa:");

        try (var empty = EmbeddedMongo.start(new StorageProperties(temp.resolve("restored"), "127.0.0.1", 0, "taiwa"));
             var client = MongoClients.create(empty.connectionString());
             var sourceClient = MongoClients.create(portal.connectionString())) {
            assertThat(command("--taiwa.restore.from=" + backup, "--spring.mongodb.uri=" + empty.connectionString()))
                    .startsWith("0 Restored taiwa");
            MongoDatabase restored = client.getDatabase("taiwa");
            MongoDatabase source = sourceClient.getDatabase("taiwa");

            List<String> collections = DatabaseBackup.userCollections(restored);
            assertThat(collections).contains("document_originals.files", "document_originals.chunks",
                    "backuptest.files", "backuptest.chunks", "municipalities", "threads", "documents", "sequences", "meta");
            for (String name : collections) {
                Map<BsonValue, BsonDocument> inBackup = backupFile(backup, name);
                Map<BsonValue, BsonDocument> afterRestore = documents(restored, name);
                if (!name.equals(DatabaseIdentity.COLLECTION)) {
                    assertThat(afterRestore).as(name).isEqualTo(inBackup);
                }
                assertThat(indexes(restored, name)).as("indexes of " + name).isEqualTo(indexes(source, name));
            }
            assertThat(documents(restored, "municipalities")).isEqualTo(documents(source, "municipalities"));

            var bytes = new ByteArrayOutputStream();
            GridFSBuckets.create(restored, "backuptest").downloadToStream(fileId, bytes);
            assertThat(bytes.toByteArray()).isEqualTo(file);

            Document meta = restored.getCollection(DatabaseIdentity.COLLECTION)
                    .find(new Document("_id", DatabaseIdentity.DOCUMENT)).first();
            assertThat(meta.getString("restoredFrom")).isEqualTo(sourceIdentity);
            assertThat(meta.getString(DatabaseIdentity.FIELD)).isNotBlank().isNotEqualTo(sourceIdentity);
        }
    }

    @Test
    void a_restore_refuses_a_database_that_is_not_empty_unless_told_to_replace_it() throws Exception {
        Path backup = temp.resolve("small");
        try (var small = EmbeddedMongo.start(new StorageProperties(temp.resolve("small-db"), "127.0.0.1", 0, "taiwa"));
             var client = MongoClients.create(small.connectionString())) {
            client.getDatabase("taiwa").getCollection("notes").insertOne(new Document("_id", 1).append("text", "一"));
            assertThat(command("--taiwa.backup.to=" + backup, "--spring.mongodb.uri=" + small.connectionString()))
                    .startsWith("0 ");
            client.getDatabase("taiwa").getCollection("notes").insertOne(new Document("_id", 2).append("text", "二"));

            assertThat(command("--taiwa.restore.from=" + backup, "--spring.mongodb.uri=" + small.connectionString()))
                    .startsWith("1 The database taiwa is not empty");
            assertThat(client.getDatabase("taiwa").getCollection("notes").countDocuments()).isEqualTo(2);

            assertThat(command("--taiwa.restore.from=" + backup, "--spring.mongodb.uri=" + small.connectionString(),
                    "--taiwa.restore.replace=true")).startsWith("0 Restored");
            assertThat(client.getDatabase("taiwa").getCollection("notes").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void a_damaged_backup_file_is_refused_before_anything_is_written() throws Exception {
        Path backup = temp.resolve("damaged");
        try (var db = EmbeddedMongo.start(new StorageProperties(temp.resolve("damaged-db"), "127.0.0.1", 0, "taiwa"));
             var client = MongoClients.create(db.connectionString())) {
            client.getDatabase("taiwa").getCollection("notes").insertOne(new Document("_id", 1).append("text", "一"));
            command("--taiwa.backup.to=" + backup, "--spring.mongodb.uri=" + db.connectionString());
            Files.writeString(backup.resolve("notes.jsonl"), "{\"_id\": 1, \"text\": \"改ざん\"}\n");
            client.getDatabase("taiwa").getCollection("notes").drop();

            assertThat(command("--taiwa.restore.from=" + backup, "--spring.mongodb.uri=" + db.connectionString()))
                    .contains("does not match the manifest's checksum");
            assertThat(DatabaseBackup.userCollections(client.getDatabase("taiwa"))).isEmpty();
        }
    }

    @Test
    void without_a_database_the_command_says_how_to_name_one() {
        assertThat(command("--taiwa.backup.to=" + temp.resolve("x"))).startsWith("1 Give the database")
                .contains("--taiwa.storage.port=27018");
    }

    /** Runs the command; its exit code, a space, then what it printed. */
    private static String command(String... args) {
        var out = new ByteArrayOutputStream();
        var print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = new BackupCommand(args, Map.of()).run(print, print);
        return code + " " + out.toString(StandardCharsets.UTF_8);
    }

    private static Map<BsonValue, BsonDocument> backupFile(Path backup, String collection) throws Exception {
        return lines(backup.resolve(collection.replaceAll("[^A-Za-z0-9._-]", "_") + ".jsonl")).stream()
                .map(BsonDocument::parse).collect(Collectors.toMap(d -> d.get("_id"), d -> d));
    }

    private static Map<BsonValue, BsonDocument> documents(MongoDatabase database, String collection) {
        var all = new HashMap<BsonValue, BsonDocument>();
        database.getCollection(collection, BsonDocument.class).find().forEach(d -> all.put(d.get("_id"), d));
        return all;
    }

    private static Set<Document> indexes(MongoDatabase database, String collection) {
        return database.getCollection(collection).listIndexes().into(new java.util.ArrayList<>()).stream()
                .map(index -> {
                    var copy = new Document(index);
                    copy.remove("v");
                    copy.remove("ns");
                    return copy;
                }).collect(Collectors.toSet());
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
