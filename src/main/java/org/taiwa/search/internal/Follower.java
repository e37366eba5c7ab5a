package org.taiwa.search.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Keeps one {@link LuceneIndex} following MongoDB: reads the changes above its {@link Watermark} from every
 * feed, applies those not applied yet, and commits them with the new watermark. A restart resumes from the
 * committed watermark and applies again what came after it, which is harmless. One thread at a time.
 */
final class Follower {

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
            complete(0);
            return new Poll(0, watermark.position(), true);
        }
        int applied = 0;
        int uncommitted = 0;
        for (ChangeFeed feed : feeds) {
            long cursor = watermark.position();
            while (true) {
                List<Change> batch = feed.after(cursor, batchSize);
                for (Change change : batch) {
                    if (watermark.markSeen(change.seq())) {
                        index.apply(change);
                        applied++;
                        uncommitted++;
                    }
                    scanned = Math.max(scanned, change.seq());
                }
                if (uncommitted >= commitEvery) {
                    // a long catch-up commits as it goes, so a crash does not start it over
                    index.commit(watermark.advance(clock.instant()), false);
                    uncommitted = 0;
                }
                if (batch.size() < batchSize) {
                    break;
                }
                cursor = batch.getLast().seq();
            }
        }
        long before = index.position();
        long position = watermark.advance(clock.instant());
        if (applied > 0 || position != before) {
            index.commit(position, false);
        }
        boolean caughtUp = watermark.upToDate(current);
        complete(applied);
        return new Poll(applied, position, caughtUp);
    }

    /** Marks the index complete the first time it caught up (a fresh index until then answers partly). */
    private void complete(int applied) throws IOException {
        if (!index.complete() && watermark.upToDate(counter.getAsLong())) {
            index.commit(watermark.position(), true);
        }
    }
}
