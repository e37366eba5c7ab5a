package org.taiwa.discussion;

import java.util.Objects;

/**
 * One post as a reader sees it in the tree.
 *
 * @param depth     0 for the root of what is shown, 1 for its replies …, at most {@link ThreadTree#READABLE_DEPTH}
 * @param replies   all posts below it, however deep, whether shown or not
 * @param collapsed the reader hid its replies
 * @param continues it is as deep as a tree is shown and has replies: they continue in a view of its own
 */
public record ThreadRow(Post post, int depth, int replies, boolean collapsed, boolean continues,
                        Reactions reactions) {

    public ThreadRow {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(reactions, "reactions");
        if (depth < 0 || replies < 0) {
            throw new IllegalArgumentException("depth and replies must not be negative");
        }
    }

    /** True when its replies are not shown here: collapsed, or continued in a view of their own. */
    public boolean repliesHidden() {
        return replies > 0 && (collapsed || continues);
    }
}
