package org.taiwa.library;

/** Identifies a policy document; demo documents have fixed ids such as {@code demo-press-release-2012}. */
public record DocumentId(String value) {

    public DocumentId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a document id must not be blank");
        }
    }
}
