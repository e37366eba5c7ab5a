package org.taiwa.library.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The extracted text of one version, in {@code document_texts} under {@code documentId/version}. Kept apart
 * from the document so that lists never load texts; at most {@code taiwa.library.max-characters}
 * (≤ 4,000,000, i.e. ≤ 12 MB of UTF-8), so one MongoDB document always holds it.
 */
@Document("document_texts")
public record DocumentText(@Id String id, String documentId, int version, String text, boolean truncated,
                           Instant extractedAt) {

    public static String idOf(String documentId, int version) {
        return documentId + "/" + version;
    }
}
