package org.taiwa.library;

import org.springframework.http.HttpStatus;
import org.taiwa.shell.Refusal;

/**
 * A refusal with its own status (404, 409, 413) that the shell's API handler turns into a problem detail
 * without knowing this module, and that the UI shows as the translated {@code code}.
 */
public abstract class LibraryProblem extends Refusal {

    protected LibraryProblem(HttpStatus status, String title, String detail, String code, Object... arguments) {
        super(status, title, detail, code, arguments);
    }
}
