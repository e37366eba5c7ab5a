package org.taiwa.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;
import org.taiwa.library.StoredFile;

/**
 * The originals in GridFS, bucket {@code document_originals}: streamed in from the received temporary
 * file and out to the downloader, never held whole in memory. Files are never changed; a deleted
 * document keeps its files (soft delete).
 */
@Component
public class OriginalFiles {

    static final String BUCKET = "document_originals";

    private final GridFsTemplate gridFs;

    OriginalFiles(MongoDatabaseFactory database, MongoConverter converter) {
        this.gridFs = new GridFsTemplate(database, converter, BUCKET);
    }

    /** @return the stored file's id */
    public String store(Path file, String fileName, String mediaType, String documentId, int version, String sha256) {
        var metadata = new org.bson.Document("documentId", documentId).append("version", version)
                .append("sha256", sha256);
        try (InputStream in = Files.newInputStream(file)) {
            return gridFs.store(in, fileName, mediaType, metadata).toHexString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes back a file whose document record was never written. */
    public void delete(String fileId) {
        gridFs.delete(byId(fileId));
    }

    public StoredFile.Content content(String fileId) {
        return () -> {
            GridFsResource resource = gridFs.getResource(gridFs.findOne(byId(fileId)));
            return resource.getInputStream();
        };
    }

    /** Copies the original into a temporary file, which the caller deletes. */
    public Path copyToTemp(String fileId) throws IOException {
        Path copy = Files.createTempFile("taiwa-extract-", ".bin");
        try (InputStream in = content(fileId).open()) {
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    private static Query byId(String fileId) {
        return Query.query(Criteria.where("_id").is(new ObjectId(fileId)));
    }
}
