package org.taiwa.library.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Recognises the same file uploaded twice: each stored version claims its SHA-256 in
 * {@code document_hashes} (the hash is the key). A claim whose document was deleted, or which never got
 * its document (a crash between claim and insert), is stale and is taken over, conditioned on the stale
 * claim so that of two uploaders only one wins.
 */
@Component
public class HashClaims {

    /** A claim this young may belong to an upload still being written: it counts even without its document. */
    static final Duration IN_FLIGHT = Duration.ofMinutes(10);

    private final MongoTemplate mongo;
    private final DocumentStore documents;
    private final Clock clock = Clock.systemUTC();

    HashClaims(MongoTemplate mongo, DocumentStore documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    /** The version that holds this file now, if any (for telling the member before they fill in the form). */
    public Optional<FileHash> holder(String sha256) {
        return Optional.ofNullable(mongo.findById(sha256, FileHash.class)).filter(this::held);
    }

    /**
     * Claims the hash for a version about to be stored.
     *
     * @return empty when claimed; otherwise the claim that holds the hash
     */
    public Optional<FileHash> claim(String sha256, String documentId, int version) {
        Instant now = clock.instant();
        try {
            mongo.insert(new FileHash(sha256, documentId, version, now));
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            FileHash existing = mongo.findById(sha256, FileHash.class);
            if (existing == null) {
                // released between our insert and our read: one more try
                return claim(sha256, documentId, version);
            }
            if (held(existing)) {
                return Optional.of(existing);
            }
            var stale = Query.query(where("_id").is(sha256).and("documentId").is(existing.documentId())
                    .and("version").is(existing.version()));
            var update = new Update().set("documentId", documentId).set("version", version).set("claimedAt", now);
            FileHash taken = mongo.findAndModify(stale, update, FindAndModifyOptions.options().returnNew(true),
                    FileHash.class);
            return taken != null ? Optional.empty() : Optional.ofNullable(mongo.findById(sha256, FileHash.class));
        }
    }

    /** Gives a claim back after the version could not be stored. */
    public void release(String sha256, String documentId, int version) {
        mongo.remove(Query.query(where("_id").is(sha256).and("documentId").is(documentId).and("version").is(version)),
                FileHash.class);
    }

    private boolean held(FileHash claim) {
        Optional<DocumentRecord> document = documents.find(claim.documentId());
        if (document.isPresent() && document.get().deleted()) {
            return false;
        }
        if (document.isEmpty() || document.get().versions().size() < claim.version()) {
            // not written yet: an upload in progress, or one that died; only the young are given the benefit
            return claim.claimedAt() != null && claim.claimedAt().isAfter(clock.instant().minus(IN_FLIGHT));
        }
        return document.get().versions().get(claim.version() - 1).sha256().equals(claim.sha256());
    }
}
