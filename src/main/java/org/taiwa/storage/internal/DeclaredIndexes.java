package org.taiwa.storage.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;

/**
 * Creates at start-up the indexes that stored types declare with {@code @Indexed} or {@code @CompoundIndex}. Spring
 * Data creates them only with auto-index creation, which is off by default and which it advises against in
 * production; without this the posts of a thread, the threads of a space and the search follower's polls scanned
 * their whole collections, on a real MongoDB as on the embedded one (decision 0021). Creating an index that exists
 * does nothing, so every start and every node may do it.
 */
@Component
class DeclaredIndexes {

    private static final Logger log = LoggerFactory.getLogger(DeclaredIndexes.class);

    DeclaredIndexes(MongoTemplate mongo) {
        var context = mongo.getConverter().getMappingContext();
        var resolver = new MongoPersistentEntityIndexResolver(context);
        for (MongoPersistentEntity<?> entity : context.getPersistentEntities()) {
            if (entity.isAnnotationPresent(Document.class)) {
                IndexOperations operations = mongo.indexOps(entity.getCollection());
                resolver.resolveIndexFor(entity.getTypeInformation()).forEach(index -> {
                    operations.createIndex(index);
                    log.debug("Index {} on {}", index.getIndexKeys().toJson(), entity.getCollection());
                });
            }
        }
    }
}
