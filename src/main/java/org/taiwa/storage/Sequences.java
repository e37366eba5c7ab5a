package org.taiwa.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Named counters in the {@code sequences} collection, one document each, incremented atomically so that numbers
 * grow across threads and nodes without a transaction. A number taken by a write that then fails is a gap, never
 * a reuse; a reader of a sequence must therefore tolerate gaps, and numbers taken concurrently may be committed
 * out of order.
 */
@Service
public class Sequences {

    /** The position of changes the search index follows (DESIGN.md, "Index sync"). */
    public static final String CHANGES = "changes";

    static final String COLLECTION = "sequences";

    private final MongoTemplate mongo;

    Sequences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The next number of the named sequence, starting at 1. */
    public long next(String name) {
        try {
            return increment(name, 1);
        } catch (DuplicateKeyException firstUseRace) {
            // two nodes created the counter at once; the other one won, so the document exists now
            return increment(name, 1);
        }
    }

    /**
     * Takes {@code count} numbers at once (one update for a batch of writes).
     *
     * @return the last of them; the batch is {@code last - count + 1 .. last}
     */
    public long reserve(String name, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        try {
            return increment(name, count);
        } catch (DuplicateKeyException firstUseRace) {
            return increment(name, count);
        }
    }

    /** The last number handed out, 0 before the first. */
    public long current(String name) {
        Document counter = mongo.findOne(counter(name), Document.class, COLLECTION);
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }

    private long increment(String name, long by) {
        Document counter = mongo.findAndModify(counter(name), new Update().inc("value", by),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return ((Number) counter.get("value")).longValue();
    }

    private static Query counter(String name) {
        return Query.query(where("_id").is(name));
    }
}
