package org.taiwa.discussion;

/** Identifies a meeting record of a space. */
public record MeetingId(String value) {

    public MeetingId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a meeting id must not be blank");
        }
    }
}
