package org.taiwa.discussion;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The state of a space or thread does not allow the moderator's action (409 on the API): moving into an
 * archived space, or splitting a branch out of a deleted thread.
 */
public class ModerationConflictException extends ErrorResponseException implements MessageSourceResolvable {

    private final String reason;
    private final String code;

    public ModerationConflictException(String code, String title, String detail) {
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
