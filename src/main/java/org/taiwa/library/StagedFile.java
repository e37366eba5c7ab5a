package org.taiwa.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A received file, checked (size, type by content, SHA-256) but not yet stored: the upload page shows
 * it while the member fills in the metadata. Held in a temporary file until stored or discarded.
 *
 * @param duplicateOf the document that already holds the same file, as far as known when it was received
 */
public record StagedFile(Path path, String fileName, long size, String sha256, String mediaType,
                         Optional<DuplicateFileException> duplicateOf) {

    public StagedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        fileName = Objects.requireNonNullElse(fileName, "");
        duplicateOf = Objects.requireNonNullElse(duplicateOf, Optional.empty());
    }

    /** The file name without its extension: a first guess at a title. */
    public String suggestedTitle() {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).strip();
    }

    /** Deletes the temporary file; safe to call twice. */
    public void discard() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
