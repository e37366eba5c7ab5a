package org.taiwa.library;

import org.springframework.http.HttpStatus;

/** No document (or no such version of it) with that id, or it was deleted (404 on the API). */
public class DocumentNotFoundException extends LibraryProblem {

    public DocumentNotFoundException(DocumentId id) {
        super(HttpStatus.NOT_FOUND, "Not found", "No document " + id.value(), "library.error.not-found");
    }

    public DocumentNotFoundException(DocumentId id, int version) {
        super(HttpStatus.NOT_FOUND, "Not found", "Document " + id.value() + " has no version " + version,
                "library.error.not-found");
    }
}
