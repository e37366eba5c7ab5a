package org.taiwa.search.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.taiwa.storage.StorageProperties;
import org.taiwa.storage.internal.EmbeddedMongo;

import com.mongodb.client.MongoClients;

/**
 * Child process of {@link IndexCrashIT}: indexes the {@code items} of the embedded database in {@code args[0]}
 * into the index folder {@code args[1]}, printing each position it reads from, until it is killed.
 */
public final class CrashIndexer {

    private CrashIndexer() {
    }

    public static void main(String[] args) throws Exception {
        var server = EmbeddedMongo.start(new StorageProperties(Path.of(args[0]), "127.0.0.1", 0, "taiwa"));
        try (var client = MongoClients.create(server.connectionString());
             var keeper = keeper(Path.of(args[1]), new MongoItemsFeed(client.getDatabase("taiwa"), true))) {
            System.out.println("READY");
            System.out.flush();
            while (true) {
                keeper.pollNow();
            }
        }
    }

    static IndexKeeper keeper(Path index, MongoItemsFeed feed) {
        return new IndexKeeper(index, TestAnalysis.ANALYZERS, List.of(feed), feed::counter,
                new IndexKeeper.Settings(Duration.ofMillis(50), Duration.ofMillis(200), 25, 100));
    }
}
