package org.taiwa.audit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Prepares the {@code audit_log} collection at start-up: indexes for the newest-first list and its
 * filters (the embedded server accepts but does not use them; MongoDB does), and a sequence counter that
 * is never behind the entries already stored, so that an insert never collides with an old entry.
 */
@Component
class AuditStorage implements ApplicationRunner {

    private final MongoTemplate mongo;
    private final AuditSequence sequence;

    AuditStorage(MongoTemplate mongo, AuditSequence sequence) {
        this.mongo = mongo;
        this.sequence = sequence;
    }

    @Override
    public void run(ApplicationArguments args) {
        var indexes = mongo.indexOps(AuditEntryDocument.COLLECTION);
        indexes.createIndex(new Index().on("at", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("actor", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("action", Sort.Direction.ASC));
        var newest = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        AuditEntryDocument last = mongo.findOne(newest, AuditEntryDocument.class);
        if (last != null) {
            sequence.atLeast(last.id());
        }
    }
}
