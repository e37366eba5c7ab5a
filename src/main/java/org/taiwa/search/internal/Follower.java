package org.taiwa.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Keeps one {@link LuceneIndex} following MongoDB: reads the changes above its {@link Watermark} from every
 * feed, applies those not applied yet, makes them searchable at once and commits them with the new watermark at most
 * every {@link #COMMIT_INTERVAL} (a commit flushes and syncs a segment; one per poll was most of the follower's work
 * under a steady stream of posts). A restart resumes from the committed watermark and applies again what came after
 * it, which is harmless. One thread at a time.
 */
final class Follower {

    /** The longest a searchable change waits for its commit while the follower keeps polling. */
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(2);

    /** What one poll did. */
    record Poll(int applied, long position, boolean caughtUp) {
    }

    private final LuceneIndex index;
    private final List<ChangeFeed> feeds;
    private final LongSupplier counter;
    private final Clock clock;
    private final Watermark watermark;
    private final int batchSize;
    private final int commitEvery;
    private volatile long scanned;
    private Instant committedAt;
    /** Changes are searchable that the last commit does not hold. */
    private boolean published;

    Follower(LuceneIndex index, List<ChangeFeed> feeds, LongSupplier counter, Clock clock, Duration gapTimeout,
             int batchSize, int commitEvery) {
        this.index = index;
        this.feeds = List.copyOf(feeds);
        this.counter = counter;
        this.clock = clock;
        this.watermark = new Watermark(index.position(), gapTimeout);
        this.batchSize = batchSize;
        this.commitEvery = commitEvery;
    }

    LuceneIndex index() {
        return index;
    }

    /** The highest change position read so far, for progress. */
    long scanned() {
        return Math.max(scanned, watermark.position());
    }

    long skipped() {
        return watermark.skipped();
    }

    /**
     * Reads and applies everything above the watermark.
     *
     * @return caughtUp when the watermark reached the counter as read before the scan
     */
    Poll poll() throws IOException {
        long current = counter.getAsLong();
        watermark.observe(clock.instant(), current);
        if (watermark.upToDate(current)) {
            commitPublishedWhenDue();
            complete();
            return new Poll(0, watermark.position(), true);
        }
        int applied = 0;
        int uncommitted = 0;
        List<Cursor> cursors = feeds.stream().map(feed -> new Cursor(feed, watermark.position())).toList();
        var chunk = new Chunk();
        for (Change change = next(cursors); change != null; change = next(cursors)) {
            if (watermark.markSeen(change.seq())) {
                if (!chunk.add(change)) {
                    chunk.applyTo(index);
                    index.apply(change);
                }
                applied++;
                uncommitted++;
            }
            scanned = Math.max(scanned, change.seq());
            if (chunk.full() || uncommitted >= commitEvery) {
                chunk.applyTo(index);
            }
            if (uncommitted >= commitEvery) {
                // a long catch-up commits as it goes, so a crash does not start it over
                commit(watermark.advance(clock.instant(), readUpTo(cursors)));
                uncommitted = 0;
            }
        }
        chunk.applyTo(index);
        long before = index.position();
        long position = watermark.advance(clock.instant());
        if (applied > 0 || position != before) {
            if (commitDue()) {
                commit(position);
            } else {
                index.publish(position);
                published = true;
            }
        } else {
            commitPublishedWhenDue();
        }
        complete();
        return new Poll(applied, position, watermark.upToDate(current));
    }

    /** The feeds' changes merged in position order: the lowest waiting change, reading batches as needed. */
    private Change next(List<Cursor> cursors) {
        Cursor lowest = null;
        for (Cursor cursor : cursors) {
            cursor.fill(batchSize);
            if (!cursor.waiting.isEmpty() && (lowest == null
                    || cursor.waiting.peekFirst().seq() < lowest.waiting.peekFirst().seq())) {
                lowest = cursor;
            }
        }
        return lowest == null ? null : lowest.waiting.pollFirst();
    }

    /** Every position up to this one has been read from every feed and applied (a gap there is a real gap). */
    private static long readUpTo(List<Cursor> cursors) {
        long bound = Long.MAX_VALUE;
        for (Cursor cursor : cursors) {
            long limit = !cursor.waiting.isEmpty() ? cursor.waiting.peekFirst().seq() - 1
                    : cursor.exhausted ? Long.MAX_VALUE : cursor.position;
            bound = Math.min(bound, limit);
        }
        return bound;
    }

    /**
     * Changes of distinct records, analysed and added on all cores at once (analysis is the cost of indexing;
     * the writer takes documents from several threads). A thread's change waits for the chunk before it and is
     * applied alone, and a record that comes twice starts a new chunk, so each record's changes keep their
     * order.
     */
    private static final class Chunk {
        private static final int SIZE = 256;
        private final List<Change> changes = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();

        /** False if the change must not join this chunk (apply the chunk, then it alone). */
        boolean add(Change change) {
            String key = switch (change) {
                case Change.Upsert upsert -> upsert.item().key();
                case Change.Remove remove -> remove.key();
                case Change.ReplaceThread thread -> null;
            };
            if (key == null || !keys.add(key)) {
                return false;
            }
            changes.add(change);
            return true;
        }

        boolean full() {
            return changes.size() >= SIZE;
        }

        void applyTo(LuceneIndex index) throws IOException {
            try {
                changes.parallelStream().forEach(change -> {
                    try {
                        index.apply(change);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                changes.clear();
                keys.clear();
            }
        }
    }

    /** One feed's reading position in a poll and the changes read but not yet applied. */
    private static final class Cursor {
        private final ChangeFeed feed;
        private final java.util.ArrayDeque<Change> waiting = new java.util.ArrayDeque<>();
        private long position;
        private boolean exhausted;

        Cursor(ChangeFeed feed, long position) {
            this.feed = feed;
            this.position = position;
        }

        void fill(int batchSize) {
            if (waiting.isEmpty() && !exhausted) {
                List<Change> batch = feed.after(position, batchSize);
                waiting.addAll(batch);
                exhausted = batch.size() < batchSize;
                if (!batch.isEmpty()) {
                    position = batch.getLast().seq();
                }
            }
        }
    }

    private boolean commitDue() {
        return committedAt == null || !clock.instant().isBefore(committedAt.plus(COMMIT_INTERVAL));
    }

    private void commitPublishedWhenDue() throws IOException {
        if (published && commitDue()) {
            commit(index.position());
        }
    }

    private void commit(long position) throws IOException {
        index.commit(position, false);
        committedAt = clock.instant();
        published = false;
    }

    /** Marks the index complete the first time it caught up (a fresh index until then answers partly). */
    private void complete() throws IOException {
        if (!index.complete() && watermark.upToDate(counter.getAsLong())) {
            index.commit(watermark.position(), true);
            committedAt = clock.instant();
            published = false;
        }
    }
}
