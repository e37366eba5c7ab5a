package org.taiwa.library;

import java.time.Instant;
import java.util.Objects;

/**
 * A document as the search index needs it: the latest version's text and everything to filter, facet
 * and check permissions with ({@link ReadableDocuments#permits} over {@code visibility}, {@code spaceId}
 * and {@code uploadedBy}). A deleted document comes as a tombstone, so that the index removes it.
 *
 * @param text          the latest version's text; empty while pending or when it could not be read
 * @param textTruncated the text is only the beginning (a limit cut it)
 */
public record IndexableDocument(DocumentId id, long changeSeq, boolean deleted, DocumentMetadata metadata,
                                String uploadedBy, Instant updatedAt, int latestVersion, Extraction extraction,
                                String text, boolean textTruncated) {

    public IndexableDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metadata, "metadata");
        text = Objects.requireNonNullElse(text, "");
    }
}
