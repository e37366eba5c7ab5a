package org.taiwa.search.internal;

import java.util.List;

/**
 * Changes of one kind of record (documents, discussions) in the order of their change position, read from
 * MongoDB. A record changed several times appears once, at its latest position; a change whose writer has
 * not committed yet appears later, below positions already read (see {@link Watermark}).
 */
interface ChangeFeed {

    /** Up to {@code limit} changes with a position above {@code position}, lowest first. */
    List<Change> after(long position, int limit);
}
