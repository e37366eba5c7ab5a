package org.taiwa.search.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.taiwa.library.FiscalYear;
import org.taiwa.search.Facet;
import org.taiwa.search.SearchQuery;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/**
 * The facets of a result with their counts: each value filters the search, the chosen one clears it again.
 * Counts come from the service, which counted only what the member may read.
 */
class FacetPanel extends Div {

    /**
     * @param spaceNames space id to name, for the space facet
     * @param choose     called with the facet name and the value to filter by (null: clear)
     */
    FacetPanel(Iterable<Facet> facets, SearchQuery query, Map<String, String> spaceNames, Locale locale,
               BiConsumer<String, String> choose) {
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
                var button = new Button(label(facet.name(), value.value(), spaceNames, locale),
                        e -> choose.accept(facet.name(), selected ? null : value.value()));
                button.setSuffixComponent(new Span(String.valueOf(value.count())));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                if (selected) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    button.getElement().setAttribute("aria-pressed", "true");
                }
                group.add(button);
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
