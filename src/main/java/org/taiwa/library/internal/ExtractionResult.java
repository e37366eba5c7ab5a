package org.taiwa.library.internal;

import java.util.Objects;

import org.taiwa.library.ExtractionReason;
import org.taiwa.library.ExtractionStatus;

/**
 * What reading one file gave.
 *
 * @param text   the text kept (the beginning, when a limit cut it); empty when it failed
 * @param detail the technical cause for the log, never shown to members
 */
public record ExtractionResult(String text, ExtractionStatus status, ExtractionReason reason, String detail) {

    public ExtractionResult {
        text = Objects.requireNonNullElse(text, "");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        detail = Objects.requireNonNullElse(detail, "");
    }

    static ExtractionResult failed(ExtractionReason reason, String detail) {
        return new ExtractionResult("", ExtractionStatus.FAILED, reason, detail);
    }
}
