package org.taiwa.library;

import org.springframework.http.HttpStatus;

/** The file is larger than {@code taiwa.library.max-file-size} (413 on the API); nothing was stored. */
public class FileTooLargeException extends LibraryProblem {

    public FileTooLargeException(long limitBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "File too large",
                "A file may have at most " + limitBytes + " bytes", "library.error.too-large", limitBytes / (1024 * 1024));
        getBody().setProperty("maxBytes", limitBytes);
    }
}
