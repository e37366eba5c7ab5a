package org.taiwa.discussion;

/** How people meet: face to face, online, or both at once. */
public enum MeetingMode {
    /** In a room: needs a place. */
    IN_PERSON,
    /** Online only: needs an http(s) link. */
    ONLINE,
    /** In a room with online participation: needs both. */
    HYBRID;

    public boolean needsPlace() {
        return this != ONLINE;
    }

    public boolean needsLink() {
        return this != IN_PERSON;
    }
}
