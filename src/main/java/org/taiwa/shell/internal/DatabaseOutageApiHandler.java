package org.taiwa.shell.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * The API's answer while the database is unreachable: 503 problem details (reason {@code database-unavailable})
 * with {@code Retry-After}, logged as a warning without a stack trace. Ahead of {@link ApiExceptionHandler}, whose catch-all would call it a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageApiHandler {

    private static final String RETRY_AFTER_SECONDS = "10";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageApiHandler.class);

    @ExceptionHandler({DataAccessResourceFailureException.class, MongoTimeoutException.class,
        MongoSocketException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("Database unreachable, answered 503: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is temporarily unavailable. Please try again in a moment.");
        problem.setTitle("Temporarily unavailable");
        problem.setProperty("reason", "database-unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).body(problem);
    }
}
