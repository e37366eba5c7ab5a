package org.taiwa.audit.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Numbers the audit entries: one counter document, incremented atomically, so that numbers grow across
 * threads and nodes without a transaction. A number taken by an insert that then fails is a gap, not a
 * reuse.
 */
@Component
public class AuditSequence {

    static final String COLLECTION = "audit_sequence";
    private static final Query COUNTER = Query.query(where("_id").is(AuditEntryDocument.COLLECTION));

    private final MongoTemplate mongo;

    AuditSequence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public long next() {
        try {
            return increment();
        } catch (DuplicateKeyException firstUseRace) {
            // two nodes created the counter at once; the other one won, so the document exists now
            return increment();
        }
    }

    /** Moves the counter up to at least {@code floor}, e.g. after the counter was restored from an older backup. */
    void atLeast(long floor) {
        mongo.upsert(COUNTER, new Update().max("value", floor), COLLECTION);
    }

    private long increment() {
        Document counter = mongo.findAndModify(COUNTER, new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return ((Number) counter.get("value")).longValue();
    }
}
