package org.taiwa.search.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.taiwa.search.SearchQuery;
import org.taiwa.search.SearchSort;

import com.vaadin.flow.router.QueryParameters;

/** A search as the results page's query parameters ({@code search?q=…&type=…}), both ways. */
final class SearchLinks {

    static final String ROUTE = "search";

    private SearchLinks() {
    }

    static QueryParameters parameters(SearchQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query.text());
        put(params, "kind", query.kind());
        put(params, "type", query.type());
        put(params, "year", query.year() == null ? null : query.year().toString());
        put(params, "municipality", query.municipality());
        put(params, "space", query.space());
        put(params, "model", query.model());
        put(params, "stage", query.stage());
        if (query.sort() != SearchSort.RELEVANCE) {
            params.put("sort", query.sort().name().toLowerCase());
        }
        if (query.page() > 0) {
            params.put("page", String.valueOf(query.page()));
        }
        return QueryParameters.simple(params);
    }

    /** Unknown or broken values are dropped rather than refused: a link should always open. */
    static SearchQuery query(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        Integer year = number(first(p, "year"));
        int page = number(first(p, "page")) == null ? 0 : Math.max(0, number(first(p, "page")));
        page = Math.min(page, SearchQuery.MAX_WINDOW / SearchQuery.DEFAULT_SIZE - 1);
        SearchSort sort = SearchSort.parse(first(p, "sort")).orElse(SearchSort.RELEVANCE);
        return new SearchQuery(first(p, "q"), first(p, "kind"), first(p, "type"), year, first(p, "municipality"),
                first(p, "space"), first(p, "model"), first(p, "stage"), sort, page, SearchQuery.DEFAULT_SIZE);
    }

    /** The same search with one facet's filter set (or cleared with null), from the first page. */
    static SearchQuery withFilter(SearchQuery q, String facet, String value) {
        return new SearchQuery(q.text(), "kind".equals(facet) ? value : q.kind(), "type".equals(facet) ? value : q.type(),
                "year".equals(facet) ? number(value) : q.year(),
                "municipality".equals(facet) ? value : q.municipality(), "space".equals(facet) ? value : q.space(),
                "model".equals(facet) ? value : q.model(), "stage".equals(facet) ? value : q.stage(), q.sort(), 0,
                q.size());
    }

    static SearchQuery withSort(SearchQuery q, SearchSort sort) {
        return new SearchQuery(q.text(), q.kind(), q.type(), q.year(), q.municipality(), q.space(), q.model(),
                q.stage(), sort, 0, q.size());
    }

    /** The value a facet is filtered by, or null. */
    static String filter(SearchQuery q, String facet) {
        return switch (facet) {
            case "kind" -> q.kind();
            case "type" -> q.type();
            case "year" -> q.year() == null ? null : q.year().toString();
            case "municipality" -> q.municipality();
            case "space" -> q.space();
            case "model" -> q.model();
            case "stage" -> q.stage();
            default -> null;
        };
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
