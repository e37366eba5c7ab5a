package org.taiwa.offset;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The factor set is active or retired, or changed while it was being edited: only drafts are edited and
 * activated, so that calculations never see a set change under them (409 on the API).
 */
public class FactorSetNotDraftException extends ErrorResponseException implements MessageSourceResolvable {

    private final String reason;

    public FactorSetNotDraftException(String setId, FactorSetStatus status) {
        super(HttpStatus.CONFLICT, problem(setId, status), null);
        this.reason = problem(setId, status).getDetail();
    }

    private static ProblemDetail problem(String setId, FactorSetStatus status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, status == FactorSetStatus.DRAFT
                ? "Factor set " + setId + " changed meanwhile: reload it and try again"
                : "Factor set " + setId + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                        + ": only drafts are edited and activated; copy it to change it");
        problem.setTitle("Not a draft");
        return problem;
    }

    @Override
    public String[] getCodes() {
        return new String[] {"offset.factor-set.not-draft"};
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
