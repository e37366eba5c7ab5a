package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A moderator split a branch out of a thread: {@code posts} now belong to {@code to}, whose opening post
 * is {@code post}. Published once, after the new thread became visible.
 */
public record ThreadSplit(PostId post, ThreadId from, ThreadId to, SpaceId space, Set<PostId> posts, Instant at) {

    public ThreadSplit {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(at, "at");
        posts = Set.copyOf(posts);
    }
}
