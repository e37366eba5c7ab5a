package org.taiwa.shell;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input a service refuses to store as given: 400 with a problem detail on the API (English message), and in
 * the UI the translated text of its i18n code and arguments. Each module names its own kinds by subclassing.
 */
public abstract class RefusedInput extends IllegalArgumentException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    protected RefusedInput(String code, String message, Object... arguments) {
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
