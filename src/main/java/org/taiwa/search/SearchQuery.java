package org.taiwa.search;

import java.util.Objects;

/**
 * A search: the words as typed (read leniently, see {@link SearchService}), optional filters by facet value,
 * order and page. A null or blank filter means no filter.
 *
 * @param kind         {@code document} or {@code post}
 * @param type         a document type ({@code REPORT} …)
 * @param year         a fiscal year (2011)
 * @param municipality a municipality's Japanese name
 * @param space        a space id
 * @param model        an implementation model ({@code MODEL_1} …)
 * @param stage        a policy stage ({@code PLANNING} …)
 * @param page         0 for the first page
 * @throws InvalidSearchException for a page or size out of range
 */
public record SearchQuery(String text, String kind, String type, Integer year, String municipality, String space,
                          String model, String stage, SearchSort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    /** Hits beyond this many are not paged to: a member refines the search instead. */
    public static final int MAX_WINDOW = 1_000;

    public SearchQuery {
        text = Objects.requireNonNullElse(text, "");
        kind = blankToNull(kind);
        type = blankToNull(type);
        municipality = blankToNull(municipality);
        space = blankToNull(space);
        model = blankToNull(model);
        stage = blankToNull(stage);
        sort = Objects.requireNonNullElse(sort, SearchSort.RELEVANCE);
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearchException("search.error.size", "size must lie between 1 and " + MAX_SIZE, MAX_SIZE);
        }
        if (page < 0 || (long) (page + 1) * size > MAX_WINDOW) {
            throw new InvalidSearchException("search.error.page",
                    "page must not be negative, and only the first " + MAX_WINDOW + " hits can be paged to",
                    MAX_WINDOW);
        }
    }

    /** The first page of the words, best match first, without filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, SearchSort.RELEVANCE, 0, DEFAULT_SIZE);
    }

    public SearchQuery withPage(int newPage) {
        return new SearchQuery(text, kind, type, year, municipality, space, model, stage, sort, newPage, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
