package org.taiwa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taiwa.library.ReadableDocuments;
import org.taiwa.search.Facet;
import org.taiwa.search.Hit;
import org.taiwa.search.SearchQuery;
import org.taiwa.search.SearchResult;
import org.taiwa.search.SearchSort;
import org.taiwa.search.Suggestion;
import org.taiwa.security.policy.Visibility;

/** Queries, permissions, facets and suggestions on a small index in a temporary folder. */
class SearchIndexTest {

    private static final ReadableDocuments VISITOR = new ReadableDocuments(false, false, "", Set.of("forum"));
    private static final ReadableDocuments MINATO = new ReadableDocuments(false, true, "staff.minato",
            Set.of("forum", "municipal-committee"));
    private static final ReadableDocuments MITAKA = new ReadableDocuments(false, true, "staff.mitaka",
            Set.of("forum"));

    @TempDir
    Path dir;

    private LuceneIndex index;
    private final IndexSearch search = new IndexSearch(new QueryBuilder(TestAnalysis.ANALYZERS));
    private final Suggestions suggestions = new Suggestions(TestAnalysis.ANALYZERS);

    @BeforeEach
    void fill() throws IOException {
        index = LuceneIndex.open(dir, TestAnalysis.ANALYZERS.perField());
        add(Items.publicDocument("offset-guide", 1, "カーボン・オフセット導入ガイドブック",
                "自治体がイベントで排出されるＣＯ２をJ-VERで埋め合わせる手順をまとめた。"));
        add(Items.publicDocument("kamaishi", 2, "釜石J-VER共同購入の報告",
                "平成23年度に35の自治体が釜石のオフセット・クレジットを共同で購入した。"));
        add(Items.publicDocument("law", 3, "地球温暖化対策推進法の概要", "温室効果ガスの排出抑制について定める法律。"));
        add(Items.document("secret-plan", 4, "非公開の削減計画", "委員会だけが読める秘密のカーボン計画。",
                Visibility.MEMBERS_ONLY, "municipal-committee", "staff.shinjuku", "PROPOSAL", 2012,
                List.of("新宿区")));
        add(Items.document("network-note", 5, "全自治体向けメモ", "2011年度のイベント実績のまとめ。",
                Visibility.ALL_MUNICIPALITIES, null, "secretariat", "MINUTES", 2011, List.of("港区", "武蔵野市")));
        add(Items.post("p1", "t1", 6, "municipal-committee", "委員会の議論", "秘密の共同購入の段取りを相談します。"));
        add(Items.post("p2", "t2", 7, "forum", "フォーラムの質問", "コンピューターで排出量を計算できますか。"));
        index.commit(7, true);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private void add(IndexedItem item) throws IOException {
        index.apply(new Change.Upsert(item));
    }

    private SearchResult find(String text, ReadableDocuments who) throws IOException {
        return search.search(index, SearchQuery.of(text), who, SynonymSet.NONE);
    }

    private List<String> ids(String text, ReadableDocuments who) throws IOException {
        return find(text, who).hits().stream().map(Hit::id).toList();
    }

    @Test
    void spelling_variants_find_the_same_document() throws IOException {
        for (String variant : List.of("カーボンオフセット", "カーボン・オフセット", "ｶｰﾎﾞﾝｵﾌｾｯﾄ", "co2", "ＣＯ２", "j-ver")) {
            assertThat(ids(variant, VISITOR)).as(variant).contains("offset-guide");
        }
    }

    @Test
    void several_words_must_all_match() throws IOException {
        assertThat(ids("釜石 購入", VISITOR)).containsExactly("kamaishi");
        assertThat(ids("釜石 法律", VISITOR)).isEmpty();
    }

    @Test
    void a_compound_word_is_not_split_into_or() throws IOException {
        // 共同購入 must not find texts that only have 共同 or only 購入
        add(Items.publicDocument("only-parts", 8, "共同の話", "購入の話は別。"));
        index.commit(8, true);
        assertThat(ids("共同購入", VISITOR)).contains("kamaishi").doesNotContain("only-parts");
    }

    @Test
    void a_phrase_does_not_run_from_the_title_into_the_text_and_a_title_match_ranks_first() throws IOException {
        add(Items.publicDocument("title-end", 8, "報告書 森林", "整備の記録。"));
        add(Items.publicDocument("in-title", 9, "森林整備の手引き", "間伐の進め方。"));
        add(Items.publicDocument("in-text", 10, "手引き", "間伐と森林整備の進め方。"));
        index.commit(10, true);
        assertThat(ids("\"森林整備\"", VISITOR)).containsExactly("in-title", "in-text");
        assertThat(ids("森林整備", VISITOR)).startsWith("in-title").doesNotContain("title-end");
    }

    @Test
    void title_matches_lead_and_pages_of_re_ranked_hits_neither_repeat_nor_skip() throws IOException {
        for (int n = 0; n < 25; n++) {
            boolean titled = n % 8 == 3;
            add(Items.publicDocument("p" + n, 100 + n, titled ? "間伐材の利用" : "資料 " + n,
                    "間伐材の利用について。".repeat(titled ? 1 : 1 + n % 4)));
        }
        index.commit(124, true);
        var pages = new ArrayList<String>();
        for (int page = 0; page < 3; page++) {
            var query = new SearchQuery("間伐材", null, null, null, null, null, null, null, SearchSort.RELEVANCE,
                    page, 10);
            SearchResult result = search.search(index, query, VISITOR, SynonymSet.NONE);
            assertThat(result.total()).isEqualTo(25);
            pages.addAll(result.hits().stream().map(Hit::id).toList());
        }
        assertThat(pages).hasSize(25).doesNotHaveDuplicates();
        assertThat(pages.subList(0, 3)).containsExactlyInAnyOrder("p3", "p11", "p19");
    }

    @Test
    void quotes_mean_a_phrase_and_minus_excludes() throws IOException {
        assertThat(ids("\"共同で購入\"", VISITOR)).containsExactly("kamaishi");
        assertThat(ids("オフセット -釜石", VISITOR)).contains("offset-guide").doesNotContain("kamaishi");
    }

    @Test
    void synonyms_apply_at_query_time() throws IOException {
        var synonyms = SynonymSet.parse("J-VER, オフセット・クレジット\n温対法 = 地球温暖化対策推進法");
        assertThat(search.search(index, SearchQuery.of("温対法"), VISITOR, synonyms).hits())
                .extracting(Hit::id).contains("law");
        assertThat(search.search(index, SearchQuery.of("温対法"), VISITOR, SynonymSet.NONE).hits()).isEmpty();
    }

    @Test
    void era_and_western_years_find_each_other() throws IOException {
        assertThat(ids("2011年度", VISITOR)).contains("kamaishi");
        assertThat(ids("平成23年度", MINATO)).contains("network-note", "kamaishi");
        assertThat(ids("H23", MINATO)).contains("network-note");
    }

    @Test
    void katakana_long_vowels_do_not_matter() throws IOException {
        assertThat(ids("コンピュータ", VISITOR)).containsExactly("p2");
    }

    @Test
    void members_only_texts_reach_members_of_their_space_and_their_uploader() throws IOException {
        assertThat(ids("秘密", MINATO)).containsExactlyInAnyOrder("secret-plan", "p1");
        assertThat(ids("秘密", MITAKA)).isEmpty();
        assertThat(ids("秘密", VISITOR)).isEmpty();
        var uploader = new ReadableDocuments(false, true, "staff.shinjuku", Set.of("forum"));
        assertThat(ids("秘密", uploader)).containsExactly("secret-plan");
        var secretariat = new ReadableDocuments(true, true, "secretariat", Set.of("forum", "municipal-committee"));
        assertThat(ids("秘密", secretariat)).containsExactlyInAnyOrder("secret-plan", "p1");
    }

    @Test
    void all_municipalities_texts_need_a_signed_in_member() throws IOException {
        assertThat(ids("メモ", VISITOR)).isEmpty();
        assertThat(ids("メモ", MITAKA)).containsExactly("network-note");
    }

    @Test
    void facet_counts_hold_only_what_the_member_may_read() throws IOException {
        SearchResult visitor = search.search(index, SearchQuery.of(""), VISITOR, SynonymSet.NONE);
        assertThat(visitor.total()).isEqualTo(4);
        assertThat(values(visitor, "type")).containsExactly(new Facet.Value("REPORT", 3));
        // the forum post's author is from 港区; the members-only plan of 新宿区 stays uncounted
        assertThat(values(visitor, "municipality")).containsExactly(new Facet.Value("港区", 1));
        assertThat(values(visitor, "space")).containsExactly(new Facet.Value("forum", 1));
        SearchResult minato = search.search(index, SearchQuery.of(""), MINATO, SynonymSet.NONE);
        assertThat(values(minato, "municipality")).contains(new Facet.Value("港区", 3), new Facet.Value("新宿区", 1));
        assertThat(values(minato, "kind")).contains(new Facet.Value("document", 5), new Facet.Value("post", 2));
    }

    @Test
    void filters_narrow_the_hits() throws IOException {
        var onlyPosts = new SearchQuery("", "post", null, null, null, null, null, null, SearchSort.DATE, 0, 10);
        assertThat(search.search(index, onlyPosts, MINATO, SynonymSet.NONE).hits()).extracting(Hit::id)
                .containsExactly("p2", "p1");
        var year = new SearchQuery("", null, null, 2011, "港区", null, null, null, SearchSort.DATE, 0, 10);
        assertThat(search.search(index, year, MINATO, SynonymSet.NONE).hits()).extracting(Hit::id)
                .containsExactly("network-note");
    }

    @Test
    void snippets_mark_the_match_and_escape_the_rest() throws IOException {
        add(Items.publicDocument("html", 9, "危ない<script>", "<b>太字</b>とカーボン・オフセットの説明"));
        index.commit(9, true);
        Hit hit = find("カーボンオフセット 太字", VISITOR).hits().getFirst();
        assertThat(hit.snippet()).contains("<mark>カーボン・オフセット</mark>").contains("&lt;b&gt;")
                .doesNotContain("<b>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"カーボン", "-", "--", "\"", "AND", "OR ( ) * ? ~ : ^ [ ]", "\\", "+-!&&||",
            "-釜石", "カーボン\"オフセット"})
    void malformed_queries_give_results_or_a_notice_and_never_throw(String text) throws IOException {
        SearchResult result = find(text, VISITOR);
        assertThat(result.total() > 0 || !result.notices().isEmpty() || result.hits().isEmpty()).isTrue();
    }

    @Test
    void ten_thousand_characters_are_cut_with_a_notice() throws IOException {
        SearchResult result = find("カーボン ".repeat(2_000), VISITOR);
        assertThat(result.notices()).contains(UserQuery.NOTICE_TRUNCATED);
        assertThat(result.hits()).extracting(Hit::id).contains("offset-guide");
    }

    @Test
    void did_you_mean_offers_a_query_with_hits_from_readable_texts_only() throws IOException {
        assertThat(find("カーボンオフセト", VISITOR).suggestion()).isEqualTo("カーボンオフセット");
        // 秘密 occurs in texts the visitor may not read: not offered
        SearchResult secret = find("秘蜜", VISITOR);
        assertThat(secret.total()).isZero();
        assertThat(secret.suggestion()).isNull();
        assertThat(find("釜石 法律", VISITOR).suggestion()).isIn("釜石", "法律");
    }

    @Test
    void suggestions_complete_titles_and_words_the_member_may_read() throws IOException {
        List<Suggestion> visitor = index.read((s, f) -> suggestions.suggest(s, "カーボン", AccessFilter.of(VISITOR), 6));
        assertThat(visitor).extracting(Suggestion::text).contains("カーボン・オフセット導入ガイドブック")
                .doesNotContain("非公開の削減計画");
        List<Suggestion> secrets = index.read((s, f) -> suggestions.suggest(s, "秘", AccessFilter.of(VISITOR), 6));
        assertThat(secrets).isEmpty();
        List<Suggestion> member = index.read((s, f) -> suggestions.suggest(s, "秘", AccessFilter.of(MINATO), 6));
        assertThat(member).extracting(Suggestion::text).contains("秘密");
    }

    private static List<Facet.Value> values(SearchResult result, String name) {
        return result.facets().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().values();
    }
}
