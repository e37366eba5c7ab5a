package org.taiwa.discussion;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The meeting's state does not allow the change (409 on the API): someone else changed it since it was
 * read, or it was cancelled. The change is refused, never merged or lost.
 */
public class MeetingConflictException extends ErrorResponseException implements MessageSourceResolvable {

    private final String reason;
    private final String code;

    private MeetingConflictException(String code, String title, String detail) {
        super(HttpStatus.CONFLICT, problem(title, detail), null);
        this.reason = detail;
        this.code = code;
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

    private static ProblemDetail problem(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(title);
        return problem;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public String getDefaultMessage() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
