package org.taiwa.library;

import org.springframework.context.MessageSourceResolvable;

/**
 * Metadata or a file the library cannot store as given (400 on the API). The message is English for the
 * API; the code and arguments give the UI's translated text ({@code library.error.*} in the i18n bundles).
 */
public class InvalidDocumentException extends IllegalArgumentException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    public InvalidDocumentException(String code, String message, Object... arguments) {
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
