package org.taiwa.offset.internal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Too many public estimates from one address: 429 with Retry-After in seconds. */
class EstimateRateLimitedException extends ErrorResponseException {

    EstimateRateLimitedException(long retryAfterSeconds, int perMinute) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(retryAfterSeconds, perMinute), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }

    private static ProblemDetail problem(long retryAfterSeconds, int perMinute) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "More than " + perMinute + " estimates a minute from this address; try again in " + retryAfterSeconds
                        + " s");
        problem.setTitle("Too many requests");
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }
}
