package org.taiwa.discussion;

/**
 * A moderator's request that cannot be carried out as given (400 on the API): a missing or too long
 * reason for hiding, a missing title, or a post that cannot open a thread of its own.
 */
public class InvalidModerationException extends InvalidInputException {

    public InvalidModerationException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
