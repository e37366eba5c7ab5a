package org.taiwa.discussion;

/** A title or post that cannot be stored as given: empty, too long, or answering a post it cannot answer. */
public class InvalidPostException extends InvalidInputException {

    public InvalidPostException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
