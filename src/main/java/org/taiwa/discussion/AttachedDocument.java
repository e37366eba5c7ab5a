package org.taiwa.discussion;

import java.util.Objects;

import org.taiwa.library.DocumentId;

/** A library document attached to a post, as the reader may see it. */
public record AttachedDocument(DocumentId id, String title) {

    public AttachedDocument {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, "");
    }
}
