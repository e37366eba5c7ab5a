package org.taiwa.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.ThreadService;
import org.taiwa.search.SearchQuery;
import org.taiwa.search.SearchService;
import org.taiwa.search.Suggestion;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

/** The results page and the header field, browserless. */
@TaiwaIntegrationTest
class SearchViewsIT {

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Autowired
    ThreadService threads;
    @Autowired
    SearchService search;

    @Test
    void the_results_page_shows_marked_snippets_facets_and_the_total() {
        String word = "zqview" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        views.signIn("staff.minato");
        threads.start(new SpaceId("forum"), "画面の試験 " + word, "ＣＯ２の削減と<b>タグ</b> " + word);
        // after a start the index may still be catching up with what earlier tests wrote
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            views.signIn("staff.minato");
            return search.search(SearchQuery.of(word)).total() == 1;
        });
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", word + " co2")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-total")).getText()).contains("1");
        Document hits = html(_get(Div.class, spec -> spec.withId("search-hits")));
        assertThat(hits.select(".taiwa-hit")).hasSize(1);
        assertThat(hits.select(".taiwa-hit-snippet").outerHtml()).contains("<mark>ＣＯ２</mark>")
                .contains("&lt;b&gt;");
        assertThat(hits.select("a.taiwa-hit-title").attr("href")).startsWith("threads/");
        assertThat(facets().select("#facet-kind").text()).contains("議論");

        // a facet value is a link to the filtered search; once chosen, its link clears the filter again
        Element discussion = facets().select("#facet-kind a:contains(議論)").first();
        assertThat(discussion).isNotNull();
        String href = discussion.attr("href");
        assertThat(href).startsWith("search?").contains("kind=");
        UI.getCurrent().navigate(href.substring(0, href.indexOf('?')),
                QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-total")).getText()).contains("1");
        Element chosen = facets().select("#facet-kind a[aria-current=true]").first();
        assertThat(chosen).isNotNull();
        assertThat(chosen.text()).contains("議論");
        assertThat(chosen.attr("href")).doesNotContain("kind=").contains("q=");
        // the whole result is a handful of elements on the server, not one per hit and facet value
        assertThat(_get(Div.class, spec -> spec.withId("search-hits")).getElement().getChildCount()).isZero();
        assertThat(_get(FacetPanel.class).getElement().getChildCount()).isZero();
    }

    /** The HTML an element shows, as the browser would parse it. */
    private static Document html(Div div) {
        return Jsoup.parseBodyFragment(div.getElement().getProperty("innerHTML"));
    }

    private static Document facets() {
        return html(_get(FacetPanel.class));
    }

    @Test
    void a_search_without_hits_offers_a_nearer_query() {
        views.signIn("staff.minato");
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", "提言 zqnothingatall")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-total")).getText()).contains("0");
        assertThat(_find(Anchor.class, spec -> spec.withId("search-suggestion"))).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_header_field_suggests_as_you_type_and_nothing_while_empty() {
        String word = "zqhead" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        views.signIn("staff.minato");
        threads.start(new SpaceId("forum"), "カーボン・オフセットの相談 " + word, "共同購入 " + word);
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            views.signIn("staff.minato");
            return search.search(SearchQuery.of(word)).total() == 1;
        });
        UI.getCurrent().navigate("library");
        var field = (ComboBox<Suggestion>) _get(ComboBox.class, spec -> spec.withId("header-search"));
        // what the field asks when it opens on a click, before anything is typed
        assertThat(ComboBoxKt.getSuggestionItems(field)).isEmpty();
        ComboBoxKt.setUserInput(field, "カーボン");
        assertThat(ComboBoxKt.getSuggestions(field)).isNotEmpty().allSatisfy(s -> assertThat(s).contains("カーボン"))
                .contains("カーボン・オフセットの相談 " + word);
    }

    @Test
    void every_page_has_the_search_field_in_its_header() {
        views.signIn("staff.minato");
        UI.getCurrent().navigate("spaces");
        assertThat(_find(ComboBox.class, spec -> spec.withId("header-search"))).hasSize(1);
    }
}
