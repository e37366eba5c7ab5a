package org.taiwa.storage.internal;

import java.util.List;
import java.util.Set;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * H2 backend that commits the MVStore before it acknowledges a write, so that a hard kill
 * loses no acknowledged write (MVStore otherwise commits in the background about once a second),
 * and keeps its indexes in memory, the non-unique ones included ({@link IndexedH2Database}).
 */
class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes",
            "drop", "dropdatabase", "create", "renamecollection");

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        forgetStoredIndexes(databaseName);
        return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * Removes the unique-index maps that H2's own indexes kept in the file. The indexes live in memory now and
     * these maps would go stale; a build that still reads them (a rollback) then finds none and rebuilds them from
     * the documents instead of trusting stale ones.
     */
    private void forgetStoredIndexes(String databaseName) {
        MVStore store = getMvStore();
        List<String> stale = store.getMapNames().stream()
                .filter(name -> name.startsWith(databaseName + ".") && name.contains("._index_")).toList();
        stale.forEach(store::removeMap);
        if (!stale.isEmpty()) {
            store.commit();
            log.info("Removed {} index maps stored by an earlier version; indexes are kept in memory", stale.size());
        }
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document reply = super.handleCommand(channel, database, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase(java.util.Locale.ROOT))) {
            commit();
        }
        return reply;
    }
}
