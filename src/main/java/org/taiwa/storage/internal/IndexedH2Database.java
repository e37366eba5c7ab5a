package org.taiwa.storage.internal;

import java.util.List;
import java.util.stream.Stream;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * The H2 backend's database with its indexes kept in memory: unique ones in a hash map, the others (which
 * mongo-java-server would ignore) in {@link MemorySecondaryIndex}. Both are rebuilt from the documents when the
 * database opens (decision 0021). An aggregation that starts with a {@code $match}, as every
 * {@code countDocuments} does, reads its documents through those indexes too.
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

    /**
     * mongo-java-server runs every aggregation over all of the collection's documents, a leading {@code $match}
     * included, so each {@code countDocuments} (a {@code $match} and a {@code $group}) read the whole collection:
     * the unread notices of one member read every member's. Here a pipeline that starts with a {@code $match} on
     * fields reads the matching documents as a query does, through the indexes, and runs the rest of the pipeline
     * on them. Anything else (no leading {@code $match}, operators at its top level such as {@code $expr},
     * variables, a pipeline that writes, an error) is left to mongo-java-server, unchanged.
     */
    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databases,
            Oplog oplog) {
        if (command.equalsIgnoreCase("aggregate")) {
            Document answer = aggregateFromMatch(query.get(command), query, databases, oplog);
            if (answer != null) {
                return answer;
            }
        }
        return super.handleCommand(channel, command, query, databases, oplog);
    }

    private Document aggregateFromMatch(Object collectionName, Document query, DatabaseResolver databases,
            Oplog oplog) {
        if (!(collectionName instanceof String name) || query.containsKey("let")) {
            return null;
        }
        List<Document> pipeline = Aggregation.parse(query.get("pipeline"));
        if (pipeline.isEmpty() || pipeline.getFirst().size() != 1
                || !(pipeline.getFirst().get("$match") instanceof Document match)
                || match.keySet().stream().anyMatch(field -> field.startsWith("$"))) {
            return null;
        }
        MongoCollection<?> collection = resolveCollection(name, false);
        if (collection == null) {
            return null;
        }
        try {
            Aggregation rest = Aggregation.fromPipeline(pipeline.subList(1, pipeline.size()), databases, this,
                    collection, oplog);
            rest.validate(query);
            if (rest.isModifying()) {
                return null;
            }
            List<Document> documents;
            // wrapped as a find is, so that a field named "query" is not taken for the old query wrapper
            try (Stream<Document> matched = collection.handleQueryAsStream(new Document("$query", match))) {
                documents = rest.runStages(matched);
            }
            var cursor = new Document("id", 0L);
            cursor.put("ns", getDatabaseName() + "." + name);
            cursor.put("firstBatch", documents);
            var answer = new Document("cursor", cursor);
            Utils.markOkay(answer);
            return answer;
        } catch (MongoServerError notHere) {
            // mongo-java-server's own path gives the error as it words it
            return null;
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
