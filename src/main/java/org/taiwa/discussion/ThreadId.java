package org.taiwa.discussion;

/** Identifies a thread. */
public record ThreadId(String value) {

    public ThreadId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a thread id must not be blank");
        }
    }
}
