package org.taiwa.discussion;

/** Identifies a post. */
public record PostId(String value) {

    public PostId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a post id must not be blank");
        }
    }
}
