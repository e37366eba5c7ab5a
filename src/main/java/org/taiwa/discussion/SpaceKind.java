package org.taiwa.discussion;

/** What a space is for. */
public enum SpaceKind {
    /** A standing committee such as 自治体委員会. */
    COMMITTEE,
    /** A working group on one topic, such as one implementation model. */
    WORKING_GROUP,
    /** The open forum of the network. */
    FORUM
}
