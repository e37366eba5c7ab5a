package org.taiwa.offset;

import org.taiwa.shell.RefusedInput;

/**
 * A factor-set change that cannot be stored as given, e.g. a blank name or a negative value (400 on the API).
 * The message is English for the API; the code and arguments give the UI's translated text.
 */
public class InvalidFactorSetException extends RefusedInput {

    public InvalidFactorSetException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
