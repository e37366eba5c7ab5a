package org.taiwa.discussion;

/** A space that cannot be created as given: no name, a name too long, no kind or visibility. */
public class InvalidSpaceException extends InvalidInputException {

    public InvalidSpaceException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
