package org.taiwa.storage.internal;

import java.util.List;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;

/**
 * The H2 backend's database with its indexes kept in memory: unique ones in a hash map, the others (which
 * mongo-java-server would ignore) in {@link MemorySecondaryIndex}. Both are rebuilt from the documents when the
 * database opens (decision 0021).
 */
final class IndexedH2Database extends H2Database {

    IndexedH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
    }

    // called from the superclass's constructor, while it reopens the indexes it has on record: no fields here
    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        return new MemoryUniqueIndex<>(indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        if (!MemorySecondaryIndex.supports(keys)) {
            return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
        }
        return new MemorySecondaryIndex<>(indexName, keys, sparse);
    }
}
