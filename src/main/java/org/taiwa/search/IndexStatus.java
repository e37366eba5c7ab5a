package org.taiwa.search;

import java.time.Instant;

/**
 * The state of this node's index, for the secretariat.
 *
 * @param items           documents and posts in the index
 * @param position        the change position applied up to
 * @param complete        it caught up with MongoDB from scratch at least once
 * @param skipped         positions given up as failed writes since the start
 * @param rebuilding      a rebuild is running
 * @param rebuildPosition how far the rebuild has read
 * @param rebuildTarget   the change position the rebuild reads up to (the counter when it started)
 * @param rebuildStarted  null if none ran since the start
 * @param rebuildFinished null while running or if none ran
 */
public record IndexStatus(int items, long position, boolean complete, long skipped, boolean rebuilding,
                          long rebuildPosition, long rebuildTarget, Instant rebuildStarted, Instant rebuildFinished) {

    /** From 0 to 1. */
    public double rebuildProgress() {
        return rebuildTarget <= 0 ? (rebuilding ? 0 : 1) : Math.min(1, (double) rebuildPosition / rebuildTarget);
    }
}
