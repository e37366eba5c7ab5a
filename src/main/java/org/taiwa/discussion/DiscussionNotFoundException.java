package org.taiwa.discussion;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No space, thread or post with that id (404 on the API). */
public class DiscussionNotFoundException extends ErrorResponseException {

    private final String reason;

    public DiscussionNotFoundException(String what, String id) {
        super(HttpStatus.NOT_FOUND, problem(what, id), null);
        this.reason = "No " + what + " " + id;
    }

    private static ProblemDetail problem(String what, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what + " " + id);
        problem.setTitle("Not found");
        return problem;
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
