package org.taiwa.search.ui;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.taiwa.search.SearchQuery;
import org.taiwa.search.SearchService;
import org.taiwa.search.Suggestion;
import org.taiwa.shell.HeaderItem;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The search field in every page's header: suggestions as you type (titles to open, frequent words to search
 * for, all from what the member may read); Enter searches for the text as typed.
 */
@Component
@Order(0)
class SearchField implements HeaderItem {

    private static final int SUGGESTIONS = 8;

    private final SearchService search;

    SearchField(SearchService search) {
        this.search = search;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        var field = new ComboBox<Suggestion>();
        field.setId("header-search");
        field.addClassName("taiwa-header-search");
        field.setPlaceholder(field.getTranslation("search.placeholder"));
        field.setAriaLabel(field.getTranslation("search.field"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setAllowCustomValue(true);
        field.setAutoOpen(true);
        field.setItemLabelGenerator(Suggestion::text);
        field.setItems(query -> {
            String typed = query.getFilter().orElse("");
            // the combo box asks page by page; there is only ever one short page of suggestions. Both are read
            // on every call: Vaadin refuses the answer of a data provider that never asked for them
            int offset = query.getOffset();
            int limit = query.getLimit();
            return offset > 0 || typed.isBlank() ? java.util.stream.Stream.<Suggestion>empty()
                    : search.suggest(typed, SUGGESTIONS).stream().limit(limit);
        });
        field.addCustomValueSetListener(e -> open(field, SearchQuery.of(e.getDetail())));
        field.addValueChangeListener(e -> {
            Suggestion chosen = e.getValue();
            if (chosen == null || !e.isFromClient()) {
                return;
            }
            if (chosen.url() != null) {
                // a post's address ends in #post-…: the browser, not the router, goes there
                UI.getCurrent().getPage().setLocation(chosen.url());
            } else {
                open(field, SearchQuery.of(chosen.text()));
            }
            field.clear();
        });
        return Optional.of(field);
    }

    private static void open(ComboBox<Suggestion> field, SearchQuery query) {
        field.getUI().ifPresent(ui -> ui.navigate(SearchLinks.ROUTE, SearchLinks.parameters(query)));
    }
}
