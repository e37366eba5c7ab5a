package org.taiwa.discussion.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.taiwa.storage.Sequences;

/**
 * Gives posts and threads written before change positions existed (and demo records saved without one) a
 * position of their own, so that search finds them. One conditional update per record: two nodes starting at
 * once stamp each record once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 50)
class ChangeSeqBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChangeSeqBackfill.class);

    private final MongoTemplate mongo;
    private final Sequences sequences;

    ChangeSeqBackfill(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    @Override
    public void run(ApplicationArguments args) {
        int stamped = stamp(PostDocument.class, PostDocument.CHANGE_SEQ) + stamp(ThreadDocument.class,
                ThreadDocument.CHANGE_SEQ);
        if (stamped > 0) {
            log.info("Gave {} posts and threads a change position for search", stamped);
        }
    }

    private int stamp(Class<?> type, String field) {
        var unstamped = Query.query(Criteria.where(field).is(null));
        unstamped.fields().include("_id");
        int count = 0;
        for (org.bson.Document doc : mongo.find(unstamped, org.bson.Document.class,
                mongo.getCollectionName(type))) {
            var stillUnstamped = Query.query(Criteria.where("_id").is(doc.get("_id")).and(field).is(null));
            count += (int) mongo.updateFirst(stillUnstamped, Update.update(field, sequences.next(Sequences.CHANGES)),
                    type).getModifiedCount();
        }
        return count;
    }
}
