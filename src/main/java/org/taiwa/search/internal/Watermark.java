package org.taiwa.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeSet;

/**
 * The index's low watermark over the change positions: every position up to {@link #position()} is applied
 * (or was given up as a failed write), positions above it may have been applied out of order. Writers take
 * their position before they write, so a lower position can commit after a higher one: the watermark stops
 * at a gap and the next scans look above it again. A position can be missing for good (its writer failed, or
 * the same record changed again and now carries a higher one); a gap is given up once the sequence counter
 * passed it more than {@code gapTimeout} ago. Nothing is skipped for ordering alone. Not thread-safe: one
 * follower owns it. Pure.
 */
final class Watermark {

    private record Observation(Instant at, long counter) {
    }

    private final Duration gapTimeout;
    private long position;
    private final TreeSet<Long> seenAbove = new TreeSet<>();
    private final Deque<Observation> observations = new ArrayDeque<>();
    private long skipped;

    Watermark(long position, Duration gapTimeout) {
        this.position = position;
        this.gapTimeout = gapTimeout;
    }

    long position() {
        return position;
    }

    /** Positions given up as failed or superseded writes so far. */
    long skipped() {
        return skipped;
    }

    /** The sequence counter as read at {@code at}, before a scan. */
    void observe(Instant at, long counter) {
        observations.addLast(new Observation(at, counter));
    }

    /** Nothing can be missing: every position the counter handed out is at or below the watermark. */
    boolean upToDate(long counter) {
        return position >= counter;
    }

    /** Records a position read in a scan; false if it was applied before (nothing to do). */
    boolean markSeen(long seq) {
        return seq > position && seenAbove.add(seq);
    }

    /** Moves the watermark over applied positions and over gaps that are older than the timeout. */
    long advance(Instant now) {
        return advance(now, Long.MAX_VALUE);
    }

    /**
     * The same, giving up gaps only up to {@code scanned}: positions above it have not been read yet in the
     * scan under way, so their absence says nothing.
     */
    long advance(Instant now, long scanned) {
        long settled = Math.min(settledCounter(now), scanned);
        while (true) {
            long next = position + 1;
            if (!seenAbove.isEmpty() && seenAbove.first() == next) {
                seenAbove.pollFirst();
                position = next;
            } else if (next <= settled) {
                Long nextSeen = seenAbove.isEmpty() ? null : seenAbove.first();
                long gapEnd = nextSeen == null ? settled : Math.min(settled, nextSeen - 1);
                skipped += gapEnd - position;
                position = gapEnd;
            } else {
                return position;
            }
        }
    }

    /** The highest counter value read more than {@code gapTimeout} ago; older observations are dropped. */
    private long settledCounter(Instant now) {
        Instant limit = now.minus(gapTimeout);
        long settled = -1;
        while (!observations.isEmpty() && !observations.peekFirst().at().isAfter(limit)) {
            settled = Math.max(settled, observations.pollFirst().counter());
        }
        if (settled >= 0) {
            // keep it as the oldest observation: it stays settled
            observations.addFirst(new Observation(limit, settled));
        }
        return settled;
    }
}
