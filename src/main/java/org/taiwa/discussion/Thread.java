package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;

/**
 * A thread of a space: a title and a tree of posts under its opening post.
 *
 * @param replyCount     posts below the opening post, deleted ones included
 * @param lastActivityAt when the last post was written
 * @param deleted        true once its opening post was deleted: no more replies
 */
public record Thread(ThreadId id, SpaceId space, String title, String author, Instant createdAt, boolean locked,
                     boolean pinned, int replyCount, Instant lastActivityAt, boolean deleted) {

    public Thread {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        if (replyCount < 0) {
            throw new IllegalArgumentException("replyCount must not be negative");
        }
    }
}
