package org.taiwa.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/** A feed over a plain {@code items} collection ({@code _id}, {@code seq}, {@code text}) and a counter document. */
final class MongoItemsFeed implements ChangeFeed {

    private final MongoCollection<Document> items;
    private final MongoCollection<Document> sequences;
    private final boolean verbose;

    MongoItemsFeed(MongoDatabase database, boolean verbose) {
        this.items = database.getCollection("items");
        this.sequences = database.getCollection("sequences");
        this.verbose = verbose;
    }

    long counter() {
        Document counter = sequences.find(Filters.eq("_id", "changes")).first();
        return counter == null ? 0 : counter.getLong("value");
    }

    @Override
    public List<Change> after(long position, int limit) {
        if (verbose) {
            System.out.println("READ " + position);
            System.out.flush();
            try {
                // slow enough that the parent kills it in the middle
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        var changes = new ArrayList<Change>();
        for (Document d : items.find(Filters.gt("seq", position)).sort(Sorts.ascending("seq")).limit(limit)) {
            changes.add(new Change.Upsert(Items.publicDocument(d.getString("_id"), d.getLong("seq"),
                    d.getString("_id"), d.getString("text"))));
        }
        return changes;
    }
}
