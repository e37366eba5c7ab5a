package org.taiwa.library;

/** Why a version's text is partial or missing; shown to the uploader ({@code enum.ExtractionReason.*}). */
public enum ExtractionReason {
    /** Nothing to explain. */
    NONE,
    /** The text was longer than {@code taiwa.library.max-characters}: the first part is kept. */
    CHARACTER_LIMIT,
    /** Reading took longer than {@code taiwa.library.extraction-timeout}. */
    TIME_LIMIT,
    /** Protected by a password. */
    ENCRYPTED,
    /** Damaged or not really of its type. */
    CORRUPT,
    /** Readable, but without any text: typically a scan without a text layer. */
    NO_TEXT,
    /** It would unpack to far more than its size (a decompression bomb, or something very like one). */
    DECOMPRESSION_BOMB,
    /** The extraction queue was full for too long, or an unexpected error; retried on the next start. */
    ERROR
}
