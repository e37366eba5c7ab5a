package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;

/**
 * A moderator moved a thread (with all its posts) to another space, which may have other readers:
 * whatever keeps copies of posts by space (search) must follow. Published after the write.
 */
public record ThreadMoved(ThreadId thread, SpaceId from, SpaceId to, Instant at) {

    public ThreadMoved {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
