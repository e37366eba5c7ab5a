package org.taiwa.search.ui;

import java.util.Locale;
import java.util.Map;

import org.taiwa.library.FiscalYear;
import org.taiwa.search.Facet;
import org.taiwa.search.SearchQuery;

import com.vaadin.flow.component.html.Div;

/**
 * The facets of a result with their counts: each value is a link to the search filtered by it, the chosen one a
 * link that clears it again (links, not buttons: they open in a new tab, can be shared, and need no listener).
 * The panel is one element whose content is HTML: a result with tens of facet values holds no component for
 * them (docs/decisions/0020-load.md). Counts come from the service, which counted only what the member may read.
 */
class FacetPanel extends Div {

    /**
     * @param spaceNames space id to name, for the space facet
     */
    FacetPanel(Iterable<Facet> facets, SearchQuery query, Map<String, String> spaceNames, Locale locale) {
        addClassName("taiwa-facets");
        setId("search-facets");
        var html = new StringBuilder();
        for (Facet facet : facets) {
            if (facet.values().isEmpty()) {
                continue;
            }
            html.append("<div class=\"taiwa-facet\" id=\"facet-").append(facet.name()).append("\"><h3>")
                    .append(SearchView.escape(getTranslation("search.facet." + facet.name()))).append("</h3>");
            String chosen = SearchLinks.filter(query, facet.name());
            for (Facet.Value value : facet.values()) {
                boolean selected = value.value().equals(chosen);
                SearchQuery next = SearchLinks.withFilter(query, facet.name(), selected ? null : value.value());
                String href = SearchLinks.ROUTE + "?" + SearchLinks.parameters(next).getQueryString();
                html.append("<a class=\"taiwa-facet-value")
                        .append(selected ? " taiwa-facet-chosen\" aria-current=\"true" : "")
                        .append("\" href=\"").append(SearchView.escape(href)).append("\"><span>")
                        .append(SearchView.escape(label(facet.name(), value.value(), spaceNames, locale)))
                        .append("</span><span class=\"taiwa-facet-count\">").append(value.count())
                        .append("</span></a>");
            }
            html.append("</div>");
        }
        getElement().setProperty("innerHTML", html.toString());
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
