package org.taiwa.discussion;

/**
 * What a draft is for: a reply to a post of a thread, or a new thread in a space. Exactly one of
 * {@code thread} and {@code space} is set.
 *
 * @param parent the post answered; null for a reply to the opening post, and for a new thread
 */
public record DraftKey(ThreadId thread, PostId parent, SpaceId space) {

    public DraftKey {
        if ((thread == null) == (space == null)) {
            throw new IllegalArgumentException("a draft is for a thread or for a space, not both or neither");
        }
        if (space != null && parent != null) {
            throw new IllegalArgumentException("a new thread answers no post");
        }
    }

    public static DraftKey reply(ThreadId thread, PostId parent) {
        return new DraftKey(thread, parent, null);
    }

    public static DraftKey newThread(SpaceId space) {
        return new DraftKey(null, null, space);
    }

    /** Unique per member: with the username it is the draft's id. */
    String scope() {
        return thread != null ? "thread:" + thread.value() + ":" + (parent == null ? "" : parent.value())
                : "space:" + space.value();
    }
}
