package org.taiwa.library;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of reading a version's text.
 *
 * @param characters how many characters were kept
 * @param finishedAt null while pending
 */
public record Extraction(ExtractionStatus status, ExtractionReason reason, int characters, Instant finishedAt) {

    public static final Extraction PENDING = new Extraction(ExtractionStatus.PENDING, ExtractionReason.NONE, 0, null);

    public Extraction {
        Objects.requireNonNull(status, "status");
        reason = Objects.requireNonNullElse(reason, ExtractionReason.NONE);
        if (characters < 0) {
            throw new IllegalArgumentException("characters must not be negative");
        }
    }

    /** The text was cut by a limit: what is kept is the beginning. */
    public boolean truncated() {
        return status == ExtractionStatus.PARTIAL;
    }
}
