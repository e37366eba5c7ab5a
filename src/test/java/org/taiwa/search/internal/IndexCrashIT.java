package org.taiwa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taiwa.storage.StorageProperties;
import org.taiwa.storage.internal.EmbeddedMongo;

import com.mongodb.client.MongoClients;

/**
 * Kills the indexing JVM with SIGKILL in the middle of indexing, restarts from the same folder, and checks that
 * the index then equals the database: it resumed from its committed position and lost nothing.
 */
class IndexCrashIT {

    private static final int ITEMS = 2_000;

    @TempDir
    Path data;
    @TempDir
    Path index;

    @Test
    void an_indexer_killed_while_indexing_resumes_and_ends_equal_to_the_database() throws Exception {
        Map<String, Long> expected = fillDatabase();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashIndexer.class.getName(), data.toString(), index.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long lastRead = -1;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READ ")) {
                    lastRead = Long.parseLong(line.substring(5));
                    if (lastRead > ITEMS / 3) {
                        break;
                    }
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(137);
        assertThat(lastRead).isGreaterThan(ITEMS / 3);

        var server = EmbeddedMongo.start(new StorageProperties(data, "127.0.0.1", 0, "taiwa"));
        try (var client = MongoClients.create(server.connectionString());
             var keeper = CrashIndexer.keeper(index, new MongoItemsFeed(client.getDatabase("taiwa"), false))) {
            long resumedFrom = keeper.index().position();
            assertThat(resumedFrom).as("committed before the kill").isPositive().isLessThan(ITEMS);
            for (int i = 0; i < 50 && !keeper.pollNow().caughtUp(); i++) {
                Thread.sleep(100);
            }
            assertThat(keeper.index().contents()).isEqualTo(expected);
        } finally {
            server.close();
        }
    }

    /**
     * Items with positions 1 … n in shuffled insertion order (as concurrent writers commit), a few positions
     * never written (failed writes), some items changed again at a higher position.
     */
    private Map<String, Long> fillDatabase() {
        var random = new Random(42);
        List<Long> positions = new ArrayList<>();
        for (long p = 1; p <= ITEMS; p++) {
            positions.add(p);
        }
        Collections.shuffle(positions, random);
        Map<String, Long> expected = new HashMap<>();
        var server = EmbeddedMongo.start(new StorageProperties(data, "127.0.0.1", 0, "taiwa"));
        try (var client = MongoClients.create(server.connectionString())) {
            var items = client.getDatabase("taiwa").getCollection("items");
            var documents = new ArrayList<Document>();
            for (long position : positions) {
                if (position % 97 == 0) {
                    continue;
                }
                String id = "item-" + (position % 1_500);
                documents.removeIf(d -> d.getString("_id").equals(id) && d.getLong("seq") < position);
                if (documents.stream().noneMatch(d -> d.getString("_id").equals(id))) {
                    documents.add(new Document("_id", id).append("seq", position)
                            .append("text", "カーボン・オフセットの記録 " + position));
                }
            }
            items.insertMany(documents);
            documents.forEach(d -> expected.put("document:" + d.getString("_id"), d.getLong("seq")));
            client.getDatabase("taiwa").getCollection("sequences")
                    .insertOne(new Document("_id", "changes").append("value", (long) ITEMS));
        } finally {
            server.close();
        }
        return expected;
    }
}
