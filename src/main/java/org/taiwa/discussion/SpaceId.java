package org.taiwa.discussion;

/** Identifies a space; demo spaces have fixed ids such as {@code forum}. */
public record SpaceId(String value) {

    public SpaceId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a space id must not be blank");
        }
    }
}
