package org.taiwa.discussion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A change of a post or a thread at its change position, as {@link DiscussionFeed} reports it. */
public sealed interface DiscussionChange {

    long changeSeq();

    /** A post was written, edited, hidden, shown or deleted; empty when search must not show it (any more). */
    record PostChanged(PostId post, long changeSeq, Optional<IndexablePost> current) implements DiscussionChange {
        public PostChanged {
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(current, "current");
        }
    }

    /**
     * A thread changed as a whole (created, moved, deleted, split, a reply taken back): its searchable posts are
     * now exactly these (none once it is deleted).
     */
    record ThreadChanged(ThreadId thread, long changeSeq, List<IndexablePost> posts) implements DiscussionChange {
        public ThreadChanged {
            Objects.requireNonNull(thread, "thread");
            posts = List.copyOf(posts);
        }
    }
}
