package org.taiwa.storage.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeSet;

/**
 * Which positions of {@code node_events} this node has read: all up to {@link #position()}, some above it.
 * Writers take their position before they insert, so a lower one can arrive after a higher one; a position
 * still missing once the counter passed it more than {@code gapTimeout} ago is given up (its writer failed).
 * The same low watermark as search's (docs/decisions/0013-search-index.md), for signals instead of records.
 * Not thread-safe: one poller owns it. Pure.
 */
final class EventPositions {

    private record Observation(Instant at, long counter) {
    }

    private final Duration gapTimeout;
    private final TreeSet<Long> seenAbove = new TreeSet<>();
    private final Deque<Observation> observations = new ArrayDeque<>();
    private long position;

    EventPositions(long position, Duration gapTimeout) {
        this.position = position;
        this.gapTimeout = gapTimeout;
    }

    long position() {
        return position;
    }

    /** Nothing can be missing: the counter, read at {@code at}, handed out nothing above the watermark. */
    boolean upToDate(Instant at, long counter) {
        observations.addLast(new Observation(at, counter));
        return position >= counter;
    }

    /** Records a position read; false if it was read before (do not deliver it again). */
    boolean markSeen(long seq) {
        return seq > position && seenAbove.add(seq);
    }

    /** Moves the watermark over read positions and over gaps older than the timeout. */
    long advance(Instant now) {
        long settled = settledCounter(now);
        while (true) {
            long next = position + 1;
            if (!seenAbove.isEmpty() && seenAbove.first() == next) {
                seenAbove.pollFirst();
                position = next;
            } else if (next <= settled) {
                position = seenAbove.isEmpty() ? settled : Math.min(settled, seenAbove.first() - 1);
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
            observations.addFirst(new Observation(limit, settled));
        }
        return settled;
    }
}
