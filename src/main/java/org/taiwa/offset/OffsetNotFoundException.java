package org.taiwa.offset;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No factor set, factor, footprint or municipality with that id (404 on the API). */
public class OffsetNotFoundException extends ErrorResponseException implements MessageSourceResolvable {

    private final String reason;

    public OffsetNotFoundException(String what, String id) {
        super(HttpStatus.NOT_FOUND, problem(what, id), null);
        this.reason = "No " + what + " " + id;
    }

    private static ProblemDetail problem(String what, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what + " " + id);
        problem.setTitle("Not found");
        return problem;
    }

    @Override
    public String[] getCodes() {
        return new String[] {"offset.not-found"};
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
