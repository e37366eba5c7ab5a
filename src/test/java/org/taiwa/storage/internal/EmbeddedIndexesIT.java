package org.taiwa.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taiwa.storage.StorageProperties;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The embedded server's in-memory indexes (decision 0021) against its full scan: the same queries on a collection
 * with indexes and on one without must return the same documents in the same order, before and after updates and
 * deletes, and the indexes must come back when the database opens again.
 */
class EmbeddedIndexesIT {

    private static final List<String> FIELDS = List.of("f", "g");

    @TempDir
    Path dataDir;

    @Test
    void indexed_queries_return_what_a_full_scan_returns_after_inserts_updates_and_deletes() {
        var random = new Random(20261129);
        try (var server = EmbeddedMongo.start(new StorageProperties(dataDir, "127.0.0.1", 0, "taiwa"));
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("taiwa");
            MongoCollection<Document> indexed = database.getCollection("indexed");
            MongoCollection<Document> plain = database.getCollection("plain");
            indexed.createIndex(Indexes.ascending("f"));
            indexed.createIndex(Indexes.ascending("g", "f"));
            for (int i = 0; i < 400; i++) {
                var document = new Document("_id", "d" + i)
                        .append("f", value(random)).append("g", value(random));
                indexed.insertOne(document);
                plain.insertOne(document);
            }
            compareQueries(indexed, plain, random, 400);

            for (int i = 0; i < 150; i++) {
                Document filter = query(random);
                if (random.nextBoolean()) {
                    var change = new Document("$set", new Document(FIELDS.get(random.nextInt(2)), value(random)));
                    indexed.updateMany(filter, change);
                    plain.updateMany(filter, change);
                } else if (random.nextInt(4) == 0) {
                    indexed.deleteOne(filter);
                    plain.deleteOne(filter);
                }
            }
            assertThat(ids(indexed, new Document())).isEqualTo(ids(plain, new Document()));
            compareQueries(indexed, plain, random, 400);
        }
    }

    @Test
    void indexes_are_rebuilt_from_the_documents_when_the_database_opens_again() {
        var properties = new StorageProperties(dataDir, "127.0.0.1", 0, "taiwa");
        try (var server = EmbeddedMongo.start(properties); MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> things = client.getDatabase("taiwa").getCollection("things");
            things.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            things.createIndex(Indexes.ascending("kind"));
            things.insertOne(new Document("_id", "a").append("code", "A-1").append("kind", "forest"));
            things.insertOne(new Document("_id", "b").append("code", "B-1").append("kind", "solar"));
            things.insertOne(new Document("_id", "c").append("code", "C-1").append("kind", "forest"));
        }
        try (var server = EmbeddedMongo.start(properties); MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> things = client.getDatabase("taiwa").getCollection("things");
            assertThat(ids(things, Filters.eq("kind", "forest"))).containsExactly("a", "c");
            assertThat(ids(things, Filters.eq("_id", "b"))).containsExactly("b");
            assertThatThrownBy(() -> things.insertOne(new Document("_id", "d").append("code", "A-1")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> things.insertOne(new Document("_id", "a")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            things.updateOne(Filters.eq("_id", "a"), new Document("$set", new Document("kind", "solar")));
            assertThat(ids(things, Filters.eq("kind", "solar"))).containsExactly("a", "b");
            assertThat(ids(things, Filters.eq("kind", "forest"))).containsExactly("c");
        }
    }

    @Test
    void a_file_opened_again_with_h2s_own_indexes_is_rebuilt_from_its_documents_not_from_stale_ones() {
        var properties = new StorageProperties(dataDir, "127.0.0.1", 0, "taiwa");
        String file = properties.dataFile().toString();
        withPlainH2(file, things -> things.insertOne(new Document("_id", "a").append("kind", "forest")));
        try (var server = EmbeddedMongo.start(properties); MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> things = client.getDatabase("taiwa").getCollection("things");
            things.insertOne(new Document("_id", "b").append("kind", "solar"));
            things.deleteOne(Filters.eq("_id", "a"));
        }
        // a rollback to a build with H2's stored indexes: they must not say "a" is there and "b" is not
        withPlainH2(file, things -> {
            assertThat(ids(things, Filters.eq("_id", "b"))).containsExactly("b");
            things.insertOne(new Document("_id", "a").append("kind", "forest"));
            assertThat(ids(things, new Document())).containsExactlyInAnyOrder("a", "b");
        });
    }

    private static void withPlainH2(String file, Consumer<MongoCollection<Document>> work) {
        var server = new MongoServer(new H2Backend(file));
        try {
            var address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":"
                    + address.getPort())) {
                work.accept(client.getDatabase("taiwa").getCollection("things"));
            }
        } finally {
            server.shutdown();
        }
    }

    private static void compareQueries(MongoCollection<Document> indexed, MongoCollection<Document> plain,
            Random random, int count) {
        for (int i = 0; i < count; i++) {
            Document filter = query(random);
            // no index answers a top-level $and: the plain collection is scanned, with the same matcher
            var scanned = new Document("$and", List.of(filter));
            assertThat(ids(indexed, filter)).as("find %s", filter).isEqualTo(ids(plain, scanned));
            assertThat(indexed.countDocuments(filter)).as("count %s", filter)
                    .isEqualTo(plain.countDocuments(scanned));
            // an aggregation that starts with the filter reads through the indexes, the other scans
            List<Bson> rest = List.of(Aggregates.sort(Sorts.descending("_id")), Aggregates.limit(7),
                    Aggregates.project(Projections.include("f")));
            assertThat(aggregated(indexed, filter, rest)).as("aggregate %s", filter)
                    .isEqualTo(aggregated(plain, scanned, rest));
        }
    }

    @Test
    void an_aggregation_from_a_match_answers_as_mongodb_does() {
        try (var server = EmbeddedMongo.start(new StorageProperties(dataDir, "127.0.0.1", 0, "taiwa"));
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> notices = client.getDatabase("taiwa").getCollection("notices");
            notices.createIndex(Indexes.ascending("member", "read"));
            for (int i = 0; i < 30; i++) {
                notices.insertOne(new Document("_id", "n" + i).append("member", "m" + i % 3).append("read", i % 2 == 0)
                        .append("query", i % 5));
            }
            assertThat(notices.countDocuments(Filters.and(Filters.eq("member", "m1"), Filters.eq("read", false))))
                    .isEqualTo(5);
            // a field named "query" is a field, not the old query wrapper
            assertThat(notices.countDocuments(Filters.eq("query", 2))).isEqualTo(6);
            assertThat(notices.countDocuments(Filters.or(Filters.eq("member", "m0"), Filters.eq("query", 4))))
                    .as("an operator at the top of the match: mongo-java-server's own path").isEqualTo(14);
            assertThat(notices.countDocuments(Filters.eq("member", "nobody"))).isZero();
            assertThat(client.getDatabase("taiwa").getCollection("missing").countDocuments(Filters.eq("a", 1)))
                    .isZero();
            List<Document> grouped = notices.aggregate(List.of(Aggregates.match(Filters.eq("read", true)),
                    Aggregates.group("$member", Accumulators.sum("n", 1)), Aggregates.sort(Sorts.ascending("_id"))))
                    .into(new ArrayList<>());
            assertThat(grouped).extracting(d -> d.getString("_id") + "=" + d.getInteger("n"))
                    .containsExactly("m0=5", "m1=5", "m2=5");
        }
    }

    private static List<Document> aggregated(MongoCollection<Document> collection, Bson filter, List<Bson> rest) {
        var pipeline = new ArrayList<Bson>();
        pipeline.add(Aggregates.match(filter));
        pipeline.addAll(rest);
        return collection.aggregate(pipeline).into(new ArrayList<>());
    }

    private static List<String> ids(MongoCollection<Document> collection, Bson filter) {
        return collection.find(filter).map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    /** Values of every kind the index orders, and some it does not: decimals, arrays, documents, null. */
    private static Object value(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> null;
            case 1 -> random.nextInt(10);
            case 2 -> (long) random.nextInt(10);
            case 3 -> random.nextInt(10) + (random.nextBoolean() ? 0.5 : 0.0);
            case 4, 5 -> "s" + random.nextInt(8);
            case 6 -> random.nextBoolean();
            case 7 -> Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86_400L * random.nextInt(10));
            case 8 -> List.of(random.nextInt(10), "s" + random.nextInt(8));
            case 9 -> new Document("n", random.nextInt(3));
            case 10 -> List.of();
            case 11 -> List.of(random.nextInt(10), random.nextInt(10));
            case 12 -> new Decimal128(random.nextInt(10));
            default -> "s" + random.nextInt(8);
        };
    }

    /** Query documents as Spring Data writes them: conditions on several fields side by side, not {@code $and}. */
    private static Document query(Random random) {
        String field = FIELDS.get(random.nextInt(2));
        Object value = scalar(random);
        Object condition = switch (random.nextInt(9)) {
            case 0 -> value;
            case 1 -> new Document("$eq", value);
            case 2 -> new Document("$in", Arrays.asList(value, scalar(random), null));
            case 3 -> new Document("$gt", value);
            case 4 -> new Document("$gte", value);
            case 5 -> new Document("$lt", value);
            case 6 -> new Document("$lte", value);
            case 7 -> new Document("$gte", value).append("$lt", scalar(random));
            default -> null;
        };
        var query = new Document(field, condition);
        switch (random.nextInt(6)) {
            case 0 -> query.append(field.equals("f") ? "g" : "f", new Document("$ne", scalar(random)));
            case 1 -> query.append("_id", "d" + random.nextInt(400));
            case 2 -> query.append("_id", new Document("$in", List.of("d" + random.nextInt(400),
                    "d" + random.nextInt(400))));
            default -> {
            }
        }
        return query;
    }

    private static Object scalar(Random random) {
        Object value = value(random);
        return value instanceof List<?> || value instanceof Document || value == null ? random.nextInt(10) : value;
    }
}
