package org.taiwa.discussion;

import java.util.Objects;
import java.util.Set;

/**
 * The part of a thread a reader looks at: the whole thread or one post with its replies (the focused
 * view), without the branches the reader collapsed.
 *
 * @param root      the post shown as the root; null for the whole thread
 * @param collapsed posts whose replies are hidden
 */
public record ThreadScope(ThreadId thread, PostId root, Set<PostId> collapsed) {

    public ThreadScope {
        Objects.requireNonNull(thread, "thread");
        collapsed = Set.copyOf(collapsed);
    }

    public static ThreadScope whole(ThreadId thread) {
        return new ThreadScope(thread, null, Set.of());
    }

    public ThreadScope withCollapsed(Set<PostId> posts) {
        return new ThreadScope(thread, root, posts);
    }
}
