package org.taiwa.discussion;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The thread takes no more replies or edits because it is locked or deleted: a conflict with the
 * thread's state (409 on the API), not bad input.
 */
public class ThreadClosedException extends ErrorResponseException implements MessageSourceResolvable {

    private final String reason;
    private final String code;

    public ThreadClosedException(ThreadId thread, boolean locked) {
        super(HttpStatus.CONFLICT, problem(thread, locked), null);
        this.reason = problem(thread, locked).getDetail();
        this.code = locked ? "discussion.thread.locked" : "discussion.thread.deleted";
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    private static ProblemDetail problem(ThreadId thread, boolean locked) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Thread " + thread.value() + (locked ? " is locked" : " was deleted") + " and takes no replies");
        problem.setTitle(locked ? "Thread locked" : "Thread deleted");
        return problem;
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
