package org.taiwa.discussion;

import java.util.List;
import java.util.Objects;

/**
 * A slice of the rows a reader sees of a thread, in tree order.
 *
 * @param root         the post shown as the root in a focused view; null for the whole thread
 * @param offset       index of the first row in all visible rows
 * @param visibleCount all rows the reader sees now (collapsed and too deep branches left out)
 * @param totalPosts   all posts of the thread
 * @param writable     the current member may reply and react here (the thread is open, the space takes posts)
 */
public record ThreadRows(Thread thread, Post root, List<ThreadRow> rows, int offset, int visibleCount,
                         int totalPosts, boolean writable) {

    public ThreadRows {
        Objects.requireNonNull(thread, "thread");
        rows = List.copyOf(rows);
    }
}
