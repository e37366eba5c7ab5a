package org.taiwa.search;

import java.util.Locale;
import java.util.Optional;

/** Order of the hits: best match first, or newest first. */
public enum SearchSort {
    RELEVANCE, DATE;

    public static Optional<SearchSort> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(RELEVANCE);
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
