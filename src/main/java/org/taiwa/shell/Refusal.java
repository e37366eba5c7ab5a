package org.taiwa.shell;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal with its own status (404, 409, 413, …) that the shell's API handler turns into a problem detail
 * without knowing the module that refuses, and that the UI shows as the translated {@code code}. Each module
 * names its own kinds by subclassing.
 */
public abstract class Refusal extends ErrorResponseException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    protected Refusal(HttpStatus status, String title, String detail, String code, Object... arguments) {
        super(status, problem(status, title, detail), null);
        this.code = code;
        this.arguments = arguments.clone();
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
