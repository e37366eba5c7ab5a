package org.taiwa.discussion;

/**
 * A document a meeting refers to, by title and address. The library module does not exist yet, so a
 * reference is a plain http(s) link; once it does, its documents' addresses fit here as well.
 */
public record DocumentLink(String title, String url) {

    public DocumentLink {
        if (title == null || title.isBlank() || url == null || url.isBlank()) {
            throw new IllegalArgumentException("a document link needs a title and an address");
        }
    }
}
