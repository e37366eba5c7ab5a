package org.taiwa.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The synonym list in MongoDB (one document in {@code search_synonyms}), the defaults from
 * {@code config/search-synonyms.txt} until the secretariat first saves a list. Read again at most every few
 * seconds, so every node uses an edit within that time without reindexing.
 */
public final class SynonymStore {

    static final String COLLECTION = "search_synonyms";
    private static final String ID = "synonyms";
    private static final Duration FRESH = Duration.ofSeconds(3);

    private final MongoTemplate mongo;
    private final String defaults;
    private final Clock clock = Clock.systemUTC();
    private volatile Cached cached;

    private record Cached(String text, SynonymSet set, Instant readAt) {
    }

    public SynonymStore(MongoTemplate mongo, InputStream defaults) {
        this.mongo = mongo;
        try (defaults) {
            this.defaults = new String(defaults.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default synonyms", e);
        }
    }

    public SynonymSet current() {
        return cached().set();
    }

    /** The list as the secretariat edits it. */
    public String text() {
        return cached().text();
    }

    public void save(String text, String by) {
        mongo.upsert(Query.query(Criteria.where("_id").is(ID)), Update.update("text", text).set("updatedBy", by)
                .set("updatedAt", clock.instant()), COLLECTION);
        cached = new Cached(text, SynonymSet.parse(text), clock.instant());
    }

    private Cached cached() {
        Cached c = cached;
        if (c == null || c.readAt().plus(FRESH).isBefore(clock.instant())) {
            Document stored = mongo.findById(ID, Document.class, COLLECTION);
            String text = stored == null ? defaults : stored.getString("text");
            c = new Cached(text, SynonymSet.parse(text), clock.instant());
            cached = c;
        }
        return c;
    }
}
