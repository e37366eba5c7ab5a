package org.taiwa.storage.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.taiwa.storage.DatabaseIdentity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Writes every collection of a database (GridFS's {@code *.files} and {@code *.chunks} included) as canonical
 * extended JSON, one document a line, which keeps every BSON type and binary byte; and reads it back into an
 * empty database with the same indexes. Only the wire protocol is used, so it works against a running portal's
 * embedded server as against MongoDB (docs/decisions/0017-operations.md).
 */
public final class DatabaseBackup {

    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder()
            .outputMode(JsonMode.EXTENDED).build();
    private static final int BATCH = 200;

    private DatabaseBackup() {
    }

    /** Writes the database into {@code dir} (created; must be empty) and returns what it wrote. */
    public static BackupManifest backup(MongoDatabase database, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new BackupException("The backup folder " + dir + " is not empty; give a new folder.");
            }
        }
        var collections = new ArrayList<BackupManifest.Collection>();
        for (String name : userCollections(database)) {
            collections.add(writeCollection(database, name, dir));
        }
        String identity = identity(database);
        var manifest = new BackupManifest(BackupManifest.FORMAT, database.getName(), identity, Instant.now(),
                collections);
        Files.writeString(dir.resolve(BackupManifest.FILE), manifest.toJson(), StandardCharsets.UTF_8);
        return manifest;
    }

    /**
     * Reads a backup into {@code database}. Refuses a database that holds any collection unless {@code replace}
     * (then drops them first), and a file whose checksum does not match the manifest. Indexes are created after
     * the data; the database gets a new identity, so every node rebuilds its search index.
     */
    public static BackupManifest restore(MongoDatabase database, Path dir, boolean replace) throws IOException {
        BackupManifest manifest = BackupManifest.read(dir.resolve(BackupManifest.FILE));
        for (BackupManifest.Collection collection : manifest.collections()) {
            String actual = sha256(dir.resolve(collection.file()));
            if (!actual.equals(collection.sha256())) {
                throw new BackupException("The file " + collection.file() + " does not match the manifest's"
                        + " checksum; the backup is damaged.");
            }
        }
        List<String> existing = userCollections(database);
        if (!existing.isEmpty() && !replace) {
            throw new BackupException("The database " + database.getName() + " is not empty (" + existing.size()
                    + " collections). Restore into an empty database, or add --taiwa.restore.replace=true to drop"
                    + " its collections first.");
        }
        existing.forEach(name -> database.getCollection(name).drop());
        for (BackupManifest.Collection collection : manifest.collections()) {
            readCollection(database, collection, dir);
        }
        database.getCollection(DatabaseIdentity.COLLECTION).updateOne(
                new Document("_id", DatabaseIdentity.DOCUMENT),
                Updates.combine(Updates.set(DatabaseIdentity.FIELD, UUID.randomUUID().toString()),
                        Updates.set("restoredFrom", manifest.identity()), Updates.set("restoredAt", Instant.now())),
                new UpdateOptions().upsert(true));
        return manifest;
    }

    /** Every collection but MongoDB's own, sorted. */
    public static List<String> userCollections(MongoDatabase database) {
        var names = new ArrayList<String>();
        database.listCollectionNames().forEach(name -> {
            if (!name.startsWith("system.")) {
                names.add(name);
            }
        });
        names.sort(null);
        return names;
    }

    private static BackupManifest.Collection writeCollection(MongoDatabase database, String name, Path dir)
            throws IOException {
        MongoCollection<RawBsonDocument> collection = database.getCollection(name, RawBsonDocument.class);
        String file = BackupManifest.fileOf(name);
        MessageDigest digest = sha256();
        long count = 0;
        try (var out = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(Files.newOutputStream(dir.resolve(file)), digest), StandardCharsets.UTF_8))) {
            for (RawBsonDocument document : collection.find()) {
                out.write(document.toJson(CANONICAL));
                out.write('\n');
                count++;
            }
        }
        var indexes = new ArrayList<Document>();
        database.getCollection(name).listIndexes().forEach(index -> {
            if (!"_id_".equals(index.getString("name"))) {
                index.remove("v");
                index.remove("ns");
                indexes.add(index);
            }
        });
        return new BackupManifest.Collection(name, file, count, HexFormat.of().formatHex(digest.digest()), indexes);
    }

    private static void readCollection(MongoDatabase database, BackupManifest.Collection entry, Path dir)
            throws IOException {
        database.createCollection(entry.name());
        MongoCollection<BsonDocument> collection = database.getCollection(entry.name(), BsonDocument.class);
        long count = 0;
        var batch = new ArrayList<BsonDocument>(BATCH);
        try (BufferedReader in = Files.newBufferedReader(dir.resolve(entry.file()), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                batch.add(BsonDocument.parse(line));
                count++;
                if (batch.size() == BATCH) {
                    collection.insertMany(batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
        if (count != entry.documents()) {
            throw new BackupException("The file " + entry.file() + " holds " + count + " documents, the manifest "
                    + entry.documents() + ".");
        }
        if (!entry.indexes().isEmpty()) {
            database.runCommand(new Document("createIndexes", entry.name()).append("indexes", entry.indexes()));
        }
    }

    private static String identity(MongoDatabase database) {
        Document meta = database.getCollection(DatabaseIdentity.COLLECTION)
                .find(new Document("_id", DatabaseIdentity.DOCUMENT)).first();
        return meta == null ? null : meta.getString(DatabaseIdentity.FIELD);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A backup or restore that cannot go on; its message says why and what to do. */
    public static final class BackupException extends RuntimeException {
        public BackupException(String message) {
            super(message);
        }
    }
}
