package org.taiwa.discussion;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input the discussion cannot store as given (400 on the API). The message is English for the API;
 * the code and arguments give the UI's translated text from the i18n bundles.
 */
public abstract class InvalidInputException extends IllegalArgumentException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    protected InvalidInputException(String code, String message, Object... arguments) {
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
