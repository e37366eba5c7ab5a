package org.taiwa.search.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;
import org.taiwa.search.Hit;
import org.taiwa.search.SearchQuery;
import org.taiwa.search.SearchResult;
import org.taiwa.search.SearchService;
import org.taiwa.search.SearchSort;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The results page {@code search?q=…}: hits with highlighted snippets, facets with counts as filters, sort by
 * relevance or date, paging, "did you mean" for a search without hits, and the notices of repaired words. The
 * page's state is its URL, so a result can be shared and the back button works.
 */
@Route(SearchLinks.ROUTE)
@AnonymousAllowed
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final SearchService search;
    private final TextField words = new TextField();
    private final Select<SearchSort> sort = new Select<>();
    private final Div body = new Div();
    private SearchQuery query = SearchQuery.of("");

    SearchView(SearchService search) {
        this.search = search;
        words.setId("search-words");
        words.setWidth("32rem");
        words.setClearButtonVisible(true);
        words.setAriaLabel(getTranslation("search.field"));
        words.addKeyPressListener(Key.ENTER, e -> submit());
        var button = new Button(getTranslation("search.button"), e -> submit());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("search-button");
        sort.setId("search-sort");
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.name().toLowerCase()));
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(SearchLinks.withSort(query, e.getValue()));
            }
        });
        var bar = new HorizontalLayout(words, button, sort);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        body.setWidthFull();
        add(new H1(getTranslation("search.title")), bar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = SearchLinks.query(event.getLocation().getQueryParameters());
        words.setValue(query.text());
        sort.setValue(query.sort());
        show(search.search(query));
    }

    private void show(SearchResult result) {
        body.removeAll();
        var total = new Paragraph(getTranslation("search.total", result.total()));
        total.setId("search-total");
        result.notices().stream().sorted().forEach(notice -> {
            var p = new Paragraph(getTranslation(notice));
            p.addClassName("taiwa-search-notice");
            body.add(p);
        });
        if (result.suggestion() != null) {
            var link = new Anchor(SearchLinks.ROUTE + "?" + SearchLinks.parameters(
                    SearchQuery.of(result.suggestion())).getQueryString(), result.suggestion());
            link.setId("search-suggestion");
            body.add(new Paragraph(new Span(getTranslation("search.did-you-mean") + " "), link));
        }
        Map<String, String> spaces = search.readableSpaces().stream().collect(Collectors.toMap(
                s -> s.id().value(), s -> getLocale().getLanguage().equals("en") ? s.nameEn() : s.nameJa()));
        var hits = new Div();
        hits.setId("search-hits");
        hits.addClassName("taiwa-hits");
        // one element with the hits as HTML: a page of twenty hits is not a hundred components (decision 0020)
        hits.getElement().setProperty("innerHTML",
                result.hits().stream().map(hit -> hit(hit, spaces)).collect(Collectors.joining()));
        var columns = new HorizontalLayout(new FacetPanel(result.facets(), query, spaces, getLocale()), hits);
        columns.setWidthFull();
        columns.setFlexGrow(1, hits);
        body.add(total, columns, paging(result));
    }

    /** A hit as HTML: its title as a link, what and whose it is, and the snippet with the matches marked. */
    private String hit(Hit hit, Map<String, String> spaces) {
        String title = hit.title().isBlank() ? getTranslation("search.untitled") : hit.title();
        String meta = String.join(" · ", getTranslation("search.kind." + hit.kind().code()),
                hit.fiscalYear() == null ? "" : FacetPanel.yearLabel(hit.fiscalYear().toString(), getLocale()),
                String.join("、", hit.municipalities()), DATE.format(hit.date())).replaceAll("( · )+", " · ")
                .replaceAll("^ · | · $", "");
        // the snippet is escaped text with <mark> around the matches (Snippets), nothing else
        return "<div class=\"taiwa-hit\"><a class=\"taiwa-hit-title\" href=\"" + escape(hit.url()) + "\">"
                + escape(title) + "</a><span class=\"taiwa-hit-meta\">" + escape(meta) + "</span>"
                + "<p class=\"taiwa-hit-snippet\">" + hit.snippet() + "</p></div>";
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private HorizontalLayout paging(SearchResult result) {
        var previous = new Button(getTranslation("search.previous"), e -> go(query.withPage(query.page() - 1)));
        previous.setId("search-previous");
        previous.setEnabled(query.page() > 0);
        long reachable = Math.min(result.total(), SearchQuery.MAX_WINDOW);
        var next = new Button(getTranslation("search.next"), e -> go(query.withPage(query.page() + 1)));
        next.setId("search-next");
        next.setEnabled((long) (query.page() + 1) * query.size() < reachable);
        var page = new Span(getTranslation("search.page", query.page() + 1));
        var bar = new HorizontalLayout(previous, page, next);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return bar;
    }

    /** New words keep the filters and the order, from the first page. */
    private void submit() {
        go(new SearchQuery(words.getValue(), query.kind(), query.type(), query.year(), query.municipality(),
                query.space(), query.model(), query.stage(), query.sort(), 0, query.size()));
    }

    private void go(SearchQuery next) {
        getUI().ifPresent(ui -> ui.navigate(SearchLinks.ROUTE, SearchLinks.parameters(next)));
    }

    @Override
    public String getPageTitle() {
        return query.text().isBlank() ? getTranslation("search.title")
                : getTranslation("search.title.query", query.text());
    }
}
