package org.taiwa.library;

import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded file of a document. Versions are numbered from 1 and never change once stored, except
 * for their extraction outcome.
 *
 * @param fileId    the original's id in GridFS
 * @param sha256    hex SHA-256 of the original, by which the same file is recognised
 * @param mediaType detected from the content (Tika), not from the file name
 */
public record DocumentVersion(int number, String fileId, String fileName, String sha256, long size, String mediaType,
                              Extraction extraction, String uploadedBy, Instant uploadedAt) {

    public DocumentVersion {
        if (number < 1) {
            throw new IllegalArgumentException("versions are numbered from 1");
        }
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extraction, "extraction");
        fileName = Objects.requireNonNullElse(fileName, "");
    }
}
