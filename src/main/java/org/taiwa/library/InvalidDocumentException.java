package org.taiwa.library;

import org.taiwa.shell.RefusedInput;

/**
 * Metadata or a file the library cannot store as given (400 on the API). The message is English for the
 * API; the code and arguments give the UI's translated text ({@code library.error.*} in the i18n bundles).
 */
public class InvalidDocumentException extends RefusedInput {

    public InvalidDocumentException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
