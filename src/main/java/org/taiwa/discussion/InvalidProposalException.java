package org.taiwa.discussion;

import org.springframework.context.MessageSourceResolvable;

/**
 * A proposal, position or outcome that cannot be stored as given (400 on the API). The message is
 * English for the API; the code and arguments give the UI's translated text.
 */
public class InvalidProposalException extends IllegalArgumentException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    public InvalidProposalException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
