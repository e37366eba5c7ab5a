package org.taiwa.library;

import org.springframework.http.HttpStatus;

/**
 * The very same file (same SHA-256) is already in the library (409 on the API, with the existing
 * document's id as {@code existingId}). Its title is only told to members who may read it.
 */
public class DuplicateFileException extends LibraryProblem {

    private final DocumentId existing;
    private final String existingTitle;

    public DuplicateFileException(DocumentId existing, int version, String existingTitle) {
        super(HttpStatus.CONFLICT, "Already in the library",
                "This file is already version " + version + " of document " + existing.value(),
                existingTitle == null ? "library.error.duplicate-hidden" : "library.error.duplicate",
                existingTitle == null ? "" : existingTitle, version);
        this.existing = existing;
        this.existingTitle = existingTitle;
        getBody().setProperty("existingId", existing.value());
        getBody().setProperty("existingVersion", version);
        if (existingTitle != null) {
            getBody().setProperty("existingTitle", existingTitle);
        }
    }

    public DocumentId existing() {
        return existing;
    }

    /** Null when the uploader may not read the existing document. */
    public String existingTitle() {
        return existingTitle;
    }
}
