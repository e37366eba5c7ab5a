package org.taiwa.search;

import java.util.Objects;

/**
 * A completion offered while typing: a title to open, or a frequent word to search for.
 *
 * @param url the page of a title; null for a word
 */
public record Suggestion(String text, Kind kind, String url) {

    /** A title of something the member may read, or a word that occurs in it. */
    public enum Kind { TITLE, WORD }

    public Suggestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
