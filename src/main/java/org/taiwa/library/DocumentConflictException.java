package org.taiwa.library;

import org.springframework.http.HttpStatus;

/** Someone else changed the document meanwhile (a version or an edit at the same time): 409, try again. */
public class DocumentConflictException extends LibraryProblem {

    public DocumentConflictException(DocumentId id) {
        super(HttpStatus.CONFLICT, "Changed meanwhile",
                "Document " + id.value() + " was changed meanwhile; reload and try again", "library.error.conflict");
    }
}
