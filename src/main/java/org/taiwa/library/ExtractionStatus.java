package org.taiwa.library;

/** How far the text of a version was read; the reason says why it is partial or failed. */
public enum ExtractionStatus {
    /** Waiting for (or in) extraction, which runs in the background. */
    PENDING,
    /** All of the text was read. */
    EXTRACTED,
    /** Some text was read and kept, then a limit cut it (characters or time). */
    PARTIAL,
    /** No usable text: the file is stored and can be downloaded, but search does not see its content. */
    FAILED;

    /** Finished one way or another. */
    public boolean done() {
        return this != PENDING;
    }
}
