package org.taiwa.offset;

import org.springframework.context.MessageSourceResolvable;

/**
 * A factor-set change that cannot be stored as given, e.g. a blank name or a negative value (400 on the API).
 * The message is English for the API; the code and arguments give the UI's translated text.
 */
public class InvalidFactorSetException extends IllegalArgumentException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    public InvalidFactorSetException(String code, String message, Object... arguments) {
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
