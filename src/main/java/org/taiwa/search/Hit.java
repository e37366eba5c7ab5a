package org.taiwa.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One hit, as the member may see it.
 *
 * @param snippet        HTML: the text around the matches, escaped, the matches in {@code <mark>}
 * @param url            the page to open, relative to the application ({@code library/…}, {@code threads/…})
 * @param fiscalYear     a document's fiscal year, or null
 * @param municipalities Japanese names: a document's municipalities, a post author's municipality
 * @param date           a document's last change, a post's writing
 */
public record Hit(HitKind kind, String id, String title, String snippet, String url, Integer fiscalYear,
                  List<String> municipalities, float score, Instant date) {

    public Hit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        municipalities = List.copyOf(municipalities);
    }
}
