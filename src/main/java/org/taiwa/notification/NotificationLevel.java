package org.taiwa.notification;

/**
 * How much a member hears of one space. Replies to their posts and mentions come at every level but
 * {@link #MUTE}, which means nothing at all (as in Discourse): muting a space is a way out of it.
 */
public enum NotificationLevel {
    /** Every post, besides everything below. */
    EVERYTHING,
    /** New threads, proposals, proposals closing soon and meeting changes: the default in one's own spaces. */
    THREADS_AND_PROPOSALS,
    /** Only replies to one's posts and mentions: the default in other spaces one can read. */
    MENTIONS,
    /** Nothing. */
    MUTE;

    /** The default: members of a space follow its threads and proposals, others only hear when named. */
    public static NotificationLevel defaultFor(boolean memberOfSpace) {
        return memberOfSpace ? THREADS_AND_PROPOSALS : MENTIONS;
    }

    /** True for the levels at which new threads, proposals and meetings are told. */
    public boolean followsSpace() {
        return this == EVERYTHING || this == THREADS_AND_PROPOSALS;
    }
}
