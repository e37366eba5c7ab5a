package org.taiwa.search.ui;

import java.util.Locale;
import java.util.Map;

import org.taiwa.library.FiscalYear;
import org.taiwa.search.Facet;
import org.taiwa.search.SearchQuery;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/**
 * The facets of a result with their counts: each value is a link to the search filtered by it, the chosen one a
 * link that clears it again (links, not buttons: they open in a new tab, can be shared, and a page of results with
 * tens of facet values holds no listener for them — docs/decisions/0020-load.md). Counts come from the service,
 * which counted only what the member may read.
 */
class FacetPanel extends Div {

    /**
     * @param spaceNames space id to name, for the space facet
     */
    FacetPanel(Iterable<Facet> facets, SearchQuery query, Map<String, String> spaceNames, Locale locale) {
        addClassName("taiwa-facets");
        setId("search-facets");
        for (Facet facet : facets) {
            if (facet.values().isEmpty()) {
                continue;
            }
            var group = new Div(new H3(getTranslation("search.facet." + facet.name())));
            group.addClassName("taiwa-facet");
            group.setId("facet-" + facet.name());
            String chosen = SearchLinks.filter(query, facet.name());
            for (Facet.Value value : facet.values()) {
                boolean selected = value.value().equals(chosen);
                SearchQuery next = SearchLinks.withFilter(query, facet.name(), selected ? null : value.value());
                var count = new Span(String.valueOf(value.count()));
                count.addClassName("taiwa-facet-count");
                var link = new Anchor(SearchLinks.ROUTE + "?" + SearchLinks.parameters(next).getQueryString(),
                        new Span(label(facet.name(), value.value(), spaceNames, locale)), count);
                link.addClassName("taiwa-facet-value");
                if (selected) {
                    link.addClassName("taiwa-facet-chosen");
                    link.getElement().setAttribute("aria-current", "true");
                }
                group.add(link);
            }
            add(group);
        }
    }

    private String label(String facet, String value, Map<String, String> spaceNames, Locale locale) {
        return switch (facet) {
            case "kind", "type", "model", "stage" -> getTranslation("search." + facet + "." + value);
            case "year" -> yearLabel(value, locale);
            case "space" -> spaceNames.getOrDefault(value, value);
            default -> value;
        };
    }

    static String yearLabel(String value, Locale locale) {
        try {
            return FiscalYear.of(Integer.parseInt(value)).label(locale);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
