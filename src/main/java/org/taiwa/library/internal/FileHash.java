package org.taiwa.library.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Claims a file's SHA-256 for the version that holds it, in {@code document_hashes}: the hash is the
 * {@code _id}, so a second upload of the same bytes fails on the key, on real MongoDB and on the embedded
 * server alike.
 */
@Document("document_hashes")
public record FileHash(@Id String sha256, String documentId, int version, Instant claimedAt) {
}
