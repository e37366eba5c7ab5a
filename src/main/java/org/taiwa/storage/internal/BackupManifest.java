package org.taiwa.storage.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * {@code manifest.json} of a backup: the format, where it came from, and per collection its file, document count,
 * SHA-256 of the file and index definitions.
 */
public record BackupManifest(int format, String database, String identity, Instant createdAt,
                             List<Collection> collections) {

    static final String FILE = "manifest.json";
    static final int FORMAT = 1;

    /** One collection's file. */
    public record Collection(String name, String file, long documents, String sha256, List<Document> indexes) {
    }

    /** Collection names may hold characters a file name should not ({@code fs.files} is fine; '/' is not). */
    static String fileOf(String collection) {
        return collection.replaceAll("[^A-Za-z0-9._-]", "_") + ".jsonl";
    }

    public long documents() {
        return collections.stream().mapToLong(Collection::documents).sum();
    }

    String toJson() {
        var root = new Document("format", format).append("database", database).append("identity", identity)
                .append("createdAt", createdAt.toString())
                .append("collections", collections.stream().map(c -> new Document("name", c.name())
                        .append("file", c.file()).append("documents", c.documents()).append("sha256", c.sha256())
                        .append("indexes", c.indexes())).toList());
        return root.toJson(JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).indent(true).build());
    }

    @SuppressWarnings("unchecked")
    static BackupManifest read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DatabaseBackup.BackupException("No backup in " + file.getParent() + ": " + FILE + " is missing.");
        }
        Document root = Document.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (root.getInteger("format", 0) != FORMAT) {
            throw new DatabaseBackup.BackupException("The backup's format " + root.get("format")
                    + " is not one this version reads (" + FORMAT + ").");
        }
        List<Collection> collections = root.getList("collections", Document.class).stream()
                .map(c -> new Collection(c.getString("name"), c.getString("file"),
                        ((Number) c.get("documents")).longValue(), c.getString("sha256"),
                        (List<Document>) c.get("indexes"))).toList();
        return new BackupManifest(FORMAT, root.getString("database"), root.getString("identity"),
                Instant.parse(root.getString("createdAt")), collections);
    }
}
