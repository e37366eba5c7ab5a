package org.taiwa.discussion;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The state of a proposal, meeting, space or thread does not allow the change: 409 with a problem detail on the
 * API, and the message (by its i18n code) in the UI. The change is refused, never merged or lost.
 */
public abstract class DiscussionConflictException extends ErrorResponseException implements MessageSourceResolvable {

    private final String reason;
    private final String code;

    protected DiscussionConflictException(String code, String title, String detail) {
        super(HttpStatus.CONFLICT, problem(title, detail), null);
        this.reason = detail;
        this.code = code;
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
