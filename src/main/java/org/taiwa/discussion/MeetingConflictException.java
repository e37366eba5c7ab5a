package org.taiwa.discussion;

/**
 * The meeting's state does not allow the change (409 on the API): someone else changed it since it was
 * read, or it was cancelled. The change is refused, never merged or lost.
 */
public class MeetingConflictException extends DiscussionConflictException {

    private MeetingConflictException(String code, String title, String detail) {
        super(code, title, detail);
    }

    /** Someone saved a change after the version the member started from. */
    public static MeetingConflictException changed(MeetingId id, long expected, long current) {
        return new MeetingConflictException("discussion.meeting.conflict", "Meeting changed",
                "Meeting " + id.value() + " was changed meanwhile (version " + current + ", your edit started from "
                        + expected + "); reload it and apply your change again");
    }

    /** A cancelled meeting takes no more changes. */
    public static MeetingConflictException cancelled(MeetingId id) {
        return new MeetingConflictException("discussion.meeting.cancelled", "Meeting cancelled",
                "Meeting " + id.value() + " is cancelled and takes no more changes");
    }
}
