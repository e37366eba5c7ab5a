package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;

/**
 * A moderator hid a post or showed it again. Published after the write, so that whatever shows or
 * indexes post text (search, live views) can drop or restore it.
 *
 * @param hidden true when hidden, false when shown again
 */
public record PostHidden(PostId post, ThreadId thread, SpaceId space, boolean hidden, Instant at) {

    public PostHidden {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(at, "at");
    }
}
