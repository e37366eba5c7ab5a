package org.taiwa.discussion;

/**
 * A proposal, position or outcome that cannot be stored as given (400 on the API). The message is
 * English for the API; the code and arguments give the UI's translated text.
 */
public class InvalidProposalException extends InvalidInputException {

    public InvalidProposalException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
