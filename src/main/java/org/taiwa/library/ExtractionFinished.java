package org.taiwa.library;

import java.util.Objects;

/**
 * The text of a version was read, in part, or could not be read. Published after the outcome is stored,
 * so that the notification module can tell the uploader (who may have left the upload page by then).
 */
public record ExtractionFinished(DocumentId document, int version, String title, String uploadedBy,
                                 Extraction extraction) {

    public ExtractionFinished {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(extraction, "extraction");
    }

    /** The uploader should hear about it: the text is cut or missing. */
    public boolean needsAttention() {
        return extraction.status() != ExtractionStatus.EXTRACTED;
    }
}
