package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;

/**
 * A meeting of a space was scheduled, changed or cancelled; members of the space are told.
 *
 * @param startsAt when the meeting starts (after the change)
 * @param by       the username of who made the change
 */
public record MeetingChanged(MeetingId meeting, SpaceId space, String title, Instant startsAt, Change change,
                             String by, Instant at) {

    /** What happened to the meeting. */
    public enum Change { SCHEDULED, UPDATED, CANCELLED }

    public MeetingChanged {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(at, "at");
    }
}
