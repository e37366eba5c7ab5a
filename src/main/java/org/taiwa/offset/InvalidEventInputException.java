package org.taiwa.offset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * Event inputs that cannot be calculated (400 on the API): each problem names its field. The API's problem detail
 * carries {@code field} (the first) and {@code errors: [{field, code, message}]}; the UI translates the first
 * problem's code with its limit as the argument.
 */
public class InvalidEventInputException extends IllegalArgumentException
        implements MessageSourceResolvable, ErrorResponse {

    /** Not a number where one is needed (the API's JSON; the form's fields only take numbers). */
    public static final String NOT_A_NUMBER = "offset.input.not-a-number";
    /** A fraction where a count is needed. */
    public static final String NOT_A_WHOLE_NUMBER = "offset.input.not-a-whole-number";
    public static final String REQUIRED = "offset.input.required";
    public static final String UNKNOWN_MODE = "offset.input.unknown-mode";
    public static final String UNKNOWN_ITEM = "offset.input.unknown-item";
    public static final String UNKNOWN_FACTOR_SET = "offset.input.unknown-factor-set";
    public static final String NOT_A_LIST = "offset.input.not-a-list";
    public static final String TOO_LONG = "offset.input.too-long";
    public static final String BAD_DATE = "offset.input.bad-date";

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry(InputLimits.TOO_SMALL, "must be at least %s"),
            Map.entry(InputLimits.TOO_LARGE, "must be at most %s"),
            Map.entry(InputLimits.NEGATIVE, "must not be negative"),
            Map.entry(InputLimits.TOO_MANY_LEGS, "has more than %s travel lines"),
            Map.entry(InputLimits.MORE_TRAVELLERS, "counts more travellers than twice the participants (%s)"),
            Map.entry(NOT_A_NUMBER, "must be a number"),
            Map.entry(NOT_A_WHOLE_NUMBER, "must be a whole number"),
            Map.entry(REQUIRED, "is required"),
            Map.entry(UNKNOWN_MODE, "is not a travel mode (rail, subway, bus, car, taxi, air, walk_bicycle)"),
            Map.entry(UNKNOWN_ITEM, "names no factor of the factor set"),
            Map.entry(UNKNOWN_FACTOR_SET, "names no factor set"),
            Map.entry(NOT_A_LIST, "must be a list"),
            Map.entry(TOO_LONG, "is longer than %s characters"),
            Map.entry(BAD_DATE, "must be a date (yyyy-mm-dd) on or after the first day"));

    private final transient List<InputLimits.FieldProblem> problems;
    private final ProblemDetail body;

    public InvalidEventInputException(List<InputLimits.FieldProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, getMessage());
        body.setTitle("Invalid event inputs");
        body.setProperty("field", problems.getFirst().field());
        body.setProperty("errors", problems.stream().map(p -> Map.of("field", p.field(), "code", p.code(),
                "message", p.field() + " " + english(p))).toList());
    }

    public static InvalidEventInputException of(String field, String code, BigDecimal limit) {
        return new InvalidEventInputException(List.of(new InputLimits.FieldProblem(field, code, limit)));
    }

    /** Every problem, in the order of the form's fields. */
    public List<InputLimits.FieldProblem> problems() {
        return problems;
    }

    private static String describe(List<InputLimits.FieldProblem> problems) {
        return String.join("; ", problems.stream().map(p -> p.field() + " " + english(p)).toList());
    }

    private static String english(InputLimits.FieldProblem problem) {
        String text = ENGLISH.getOrDefault(problem.code(), "is not valid");
        return text.formatted(problem.limit() == null ? "" : problem.limit().toPlainString());
    }

    @Override
    public String[] getCodes() {
        return new String[] {problems.getFirst().code()};
    }

    @Override
    public Object[] getArguments() {
        BigDecimal limit = problems.getFirst().limit();
        return new Object[] {limit == null ? "" : limit.toPlainString()};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public ProblemDetail getBody() {
        return body;
    }
}
