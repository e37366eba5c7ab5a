package org.taiwa.storage.internal;

import java.util.List;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The H2 backend's database with its indexes kept in memory: unique ones in a hash map, the others (which
 * mongo-java-server would ignore) in {@link MemorySecondaryIndex}. Both are rebuilt from the documents when the
 * database opens (decision 0021).
 */
final class IndexedH2Database extends H2Database {

    IndexedH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
    }

    /**
     * mongo-java-server builds a new index from the collection's documents holding only the database's lock, and
     * adds it to the collection at the end: a write to the collection meanwhile would be missing from it. Holding
     * the collection's lock too, as its writes do, keeps them out until the index is in place.
     */
    @Override
    protected void addIndex(Document description) {
        String namespace = String.valueOf(description.get("ns"));
        var collection = namespace.startsWith(getDatabaseName() + ".")
                ? resolveCollection(namespace.substring(getDatabaseName().length() + 1), false) : null;
        if (collection == null) {
            super.addIndex(description);
            return;
        }
        synchronized (collection) {
            super.addIndex(description);
        }
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
