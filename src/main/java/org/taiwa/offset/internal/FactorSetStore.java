package org.taiwa.offset.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.taiwa.offset.FactorSetStatus;
import org.taiwa.storage.Sequences;

/**
 * The {@code factor_sets} collection. Without transactions, "exactly one ACTIVE set" is kept by ordering:
 * an activation takes the next number of a sequence, turns its draft ACTIVE with that number (one conditional
 * update), then retires every ACTIVE set with a lower number (one update). Whatever interleaves or crashes in
 * between, the ACTIVE set with the highest number is the active one, and {@link #active()} retires any other
 * it finds. Only when no set is ACTIVE at all (a hand edit of the database) does it fall back, without writing,
 * to the retired set activated last (docs/decisions/0014-offset-factor-sets.md).
 */
class FactorSetStore {

    static final String ACTIVATIONS = "factor-set-activation";

    private static final Sort LATEST_ACTIVATION = Sort.by(Sort.Order.desc(FactorSetDocument.ACTIVATION),
            Sort.Order.desc("_id"));

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final String collection;

    FactorSetStore(MongoTemplate mongo, Sequences sequences, String collection) {
        this.mongo = mongo;
        this.sequences = sequences;
        this.collection = collection;
    }

    /**
     * Stores the set unless the collection holds any set. Two nodes starting at once both try; the id is
     * derived from the set, so the second insert is a duplicate key and changes nothing.
     *
     * @return whether this call stored it
     */
    boolean insertIfEmpty(FactorSetDocument set) {
        if (mongo.count(new Query(), collection) > 0) {
            return false;
        }
        try {
            mongo.insert(set, collection);
            return true;
        } catch (DuplicateKeyException otherNodeWasFirst) {
            return false;
        }
    }

    void insert(FactorSetDocument set) {
        mongo.insert(set, collection);
    }

    Optional<FactorSetDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, FactorSetDocument.class, collection));
    }

    /** Newest fiscal year first; within a year the latest activation, then drafts. */
    List<FactorSetDocument> all() {
        var query = new Query().with(Sort.by(Sort.Order.desc(FactorSetDocument.FISCAL_YEAR),
                Sort.Order.desc(FactorSetDocument.ACTIVATION), Sort.Order.desc("createdAt"), Sort.Order.asc("_id")));
        return mongo.find(query, FactorSetDocument.class, collection);
    }

    /** Applies the update to the draft at the version read; empty if it changed meanwhile or is no draft. */
    Optional<FactorSetDocument> updateDraft(String id, long expectedVersion, Update update, String by, Instant at) {
        var draft = Query.query(where("_id").is(id).and(FactorSetDocument.STATUS).is(FactorSetStatus.DRAFT)
                .and(FactorSetDocument.VERSION).is(expectedVersion));
        update.inc(FactorSetDocument.VERSION, 1).set(FactorSetDocument.UPDATED_BY, by)
                .set(FactorSetDocument.UPDATED_AT, at);
        return Optional.ofNullable(mongo.findAndModify(draft, update, FindAndModifyOptions.options().returnNew(true),
                FactorSetDocument.class, collection));
    }

    /**
     * Makes the draft the active set and retires the sets activated before it.
     *
     * @return the activated set; empty if it is no draft (any more)
     */
    Optional<FactorSetDocument> activate(String id, String by, Instant at) {
        long activation = sequences.next(ACTIVATIONS);
        var draft = Query.query(where("_id").is(id).and(FactorSetDocument.STATUS).is(FactorSetStatus.DRAFT));
        var activate = Update.update(FactorSetDocument.STATUS, FactorSetStatus.ACTIVE)
                .set(FactorSetDocument.ACTIVATION, activation).inc(FactorSetDocument.VERSION, 1)
                .set(FactorSetDocument.UPDATED_BY, by).set(FactorSetDocument.UPDATED_AT, at);
        FactorSetDocument active = mongo.findAndModify(draft, activate, FindAndModifyOptions.options().returnNew(true),
                FactorSetDocument.class, collection);
        if (active == null) {
            return Optional.empty();
        }
        retireActivatedBefore(activation);
        return Optional.of(active);
    }

    /**
     * The ACTIVE set with the highest activation number (retiring any older ACTIVE one an interrupted activation
     * left), or, if none is ACTIVE, the retired set activated last.
     */
    Optional<FactorSetDocument> active() {
        var actives = mongo.find(Query.query(where(FactorSetDocument.STATUS).is(FactorSetStatus.ACTIVE))
                .with(LATEST_ACTIVATION), FactorSetDocument.class, collection);
        if (!actives.isEmpty()) {
            if (actives.size() > 1) {
                retireActivatedBefore(actives.getFirst().activation());
            }
            return Optional.of(actives.getFirst());
        }
        var retired = Query.query(where(FactorSetDocument.STATUS).is(FactorSetStatus.RETIRED))
                .with(LATEST_ACTIVATION).limit(1);
        return Optional.ofNullable(mongo.findOne(retired, FactorSetDocument.class, collection));
    }

    private void retireActivatedBefore(long activation) {
        var older = Query.query(where(FactorSetDocument.STATUS).is(FactorSetStatus.ACTIVE)
                .and(FactorSetDocument.ACTIVATION).lt(activation));
        mongo.updateMulti(older, Update.update(FactorSetDocument.STATUS, FactorSetStatus.RETIRED)
                .inc(FactorSetDocument.VERSION, 1), collection);
    }
}
