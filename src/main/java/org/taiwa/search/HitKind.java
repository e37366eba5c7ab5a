package org.taiwa.search;

import java.util.Locale;
import java.util.Optional;

/** What a hit is: a library document or a discussion post. */
public enum HitKind {
    DOCUMENT, POST;

    /** {@code document} or {@code post}: the API's and the facet's value. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<HitKind> parse(String text) {
        for (HitKind kind : values()) {
            if (kind.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
