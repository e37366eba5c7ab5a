package org.taiwa.purchase;

import org.springframework.http.HttpStatus;

/**
 * A campaign or sign-up that cannot be stored as given (400). The problem detail names the offending
 * {@code field} (e.g. {@code tonnes}, {@code contact.email}, {@code events[1].date}) so that a client can mark it.
 */
public class InvalidPurchaseException extends PurchaseProblem {

    private final String field;

    public InvalidPurchaseException(String field, String code, String message, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, "Invalid input", field + ": " + message, code, arguments);
        this.field = field;
        getBody().setProperty("field", field);
    }

    /** The input field at fault, as the API names it. */
    public String field() {
        return field;
    }
}
