package org.taiwa.library;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document of the library as members see it: its metadata and all its versions, oldest first.
 *
 * @param uploadedBy username of the member who uploaded the first version; with the secretariat, the one
 *                   who may change it
 * @param changeSeq  the position of its last change in {@link org.taiwa.storage.Sequences#CHANGES}
 * @param revision   counts metadata edits; an edit names the revision it started from
 */
public record PolicyDocument(DocumentId id, DocumentMetadata metadata, String uploadedBy, Instant createdAt,
                             Instant updatedAt, List<DocumentVersion> versions, long changeSeq, int revision,
                             boolean deleted) {

    public PolicyDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metadata, "metadata");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one version");
        }
    }

    /** The version search shows and a download without a number gives. */
    public DocumentVersion latest() {
        return versions.getLast();
    }

    public String title() {
        return metadata.title();
    }

    /** The version with that number, if the document has it. */
    public Optional<DocumentVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1))
                : Optional.empty();
    }
}
