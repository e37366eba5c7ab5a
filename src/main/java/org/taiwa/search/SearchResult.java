package org.taiwa.search;

import java.util.List;
import java.util.Set;

/**
 * One page of hits with the counts of all hits by facet, computed over what the member may read only.
 *
 * @param total      all hits, not only this page's
 * @param suggestion for a search without hits: the nearest query that has some, or null
 * @param notices    i18n keys of repairs made to the words (a quote closed, a long text cut …)
 */
public record SearchResult(long total, List<Hit> hits, List<Facet> facets, String suggestion, Set<String> notices) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
        notices = Set.copyOf(notices);
    }

    public static SearchResult empty(Set<String> notices) {
        return new SearchResult(0, List.of(), List.of(), null, notices);
    }
}
