package org.taiwa.discussion;

import org.taiwa.shell.RefusedInput;

/**
 * Input the discussion cannot store as given (400 on the API). The message is English for the API;
 * the code and arguments give the UI's translated text from the i18n bundles.
 */
public abstract class InvalidInputException extends RefusedInput {

    protected InvalidInputException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
