package org.taiwa.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The identity of this database's contents: a random id in {@code meta}, created on first use and replaced by a
 * restore, so that what was derived from another database (a node's search index) can tell it is stale
 * (docs/decisions/0017-operations.md).
 */
@Service
public class DatabaseIdentity {

    /** The collection and document that hold the id; a restore writes a new one there. */
    public static final String COLLECTION = "meta";
    public static final String DOCUMENT = "database";
    public static final String FIELD = "id";

    private final MongoTemplate mongo;
    private volatile String cached;
    private volatile long cachedAt;

    DatabaseIdentity(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The id, created if missing; read at most once a second (it only changes by a restore). */
    public String id() {
        long now = System.nanoTime();
        String id = cached;
        if (id == null || now - cachedAt > 1_000_000_000L) {
            Document meta;
            try {
                meta = readOrCreate();
            } catch (DuplicateKeyException firstUseRace) {
                // two nodes created it at once; the other one won, so the document exists now
                meta = readOrCreate();
            }
            id = meta.getString(FIELD);
            cached = id;
            cachedAt = now;
        }
        return id;
    }

    private Document readOrCreate() {
        return mongo.findAndModify(Query.query(where("_id").is(DOCUMENT)),
                new Update().setOnInsert(FIELD, UUID.randomUUID().toString()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
    }
}
