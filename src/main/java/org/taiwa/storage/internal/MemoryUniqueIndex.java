package org.taiwa.storage.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A unique index (the {@code _id} index among them) kept in a hash map instead of an MVStore map. The H2 backend's
 * own unique index compares keys by serialising them with Java serialisation at every step of its tree search,
 * which made each lookup by id cost more than the query around it (decision 0021). The documents stay the durable
 * truth: the index is rebuilt from them when the database opens, so a hard kill cannot leave it behind them.
 * <p>
 * It also answers a query that names its keys and more ({@code _id} and {@code locked: false}, say): the document
 * under the key is the only candidate, and the collection matches it against the rest. mongo-java-server's own index
 * answers only a query on exactly its keys and leaves the others to a scan of the whole collection.
 */
final class MemoryUniqueIndex<P> extends AbstractUniqueIndex<P> {

    private final Map<KeyValue, P> positions = new ConcurrentHashMap<>();

    MemoryUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return super.canHandle(query) || super.canHandle(keysOf(query));
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        return super.getPositions(super.canHandle(query) ? query : keysOf(query));
    }

    private Document keysOf(Document query) {
        var keys = new Document();
        keys().stream().filter(query::containsKey).forEach(key -> keys.put(key, query.get(key)));
        return keys;
    }

    @Override
    protected P removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, P position) {
        return positions.putIfAbsent(key, position) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, P>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected P getPosition(KeyValue key) {
        return positions.get(key);
    }

    @Override
    public long getCount() {
        return positions.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        positions.clear();
    }
}
