package org.taiwa.security;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A rate limit was reached: 429 with {@code Retry-After} on the API, the translated {@code error.rate-limited}
 * message (with the seconds to wait) in the UI. Says nothing about other members or the limit's internals.
 */
public class TooManyRequestsException extends ErrorResponseException implements MessageSourceResolvable {

    /** The i18n key of the UI's message; its argument is the seconds to wait. */
    public static final String CODE = "error.rate-limited";

    private final RateLimit limit;
    private final long retryAfterSeconds;

    public TooManyRequestsException(RateLimit limit, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(limit, retryAfterSeconds), null);
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }

    /** The problem detail of a refusal: also written by the security filters, before any controller. */
    public static ProblemDetail problem(RateLimit limit, long retryAfterSeconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests of this kind (" + limit.key() + "); try again in " + retryAfterSeconds + " s.");
        problem.setTitle("Too many requests");
        problem.setProperty("limit", limit.key());
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    public RateLimit limit() {
        return limit;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String[] getCodes() {
        return new String[] {CODE};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {retryAfterSeconds};
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
