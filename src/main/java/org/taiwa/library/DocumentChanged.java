package org.taiwa.library;

import java.util.Objects;

/**
 * A document record was written: published after every write (upload, new version, metadata or
 * visibility change, deletion, finished extraction), with the change position that the same
 * single-document update stored. The search index follows these positions (DESIGN.md, "Index sync");
 * the event only tells it to look now.
 */
public record DocumentChanged(DocumentId document, long changeSeq, Change change) {

    /** What happened. */
    public enum Change { CREATED, NEW_VERSION, METADATA, DELETED, EXTRACTED }

    public DocumentChanged {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(change, "change");
    }
}
