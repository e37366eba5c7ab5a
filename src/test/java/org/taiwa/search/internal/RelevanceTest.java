package org.taiwa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taiwa.library.ReadableDocuments;
import org.taiwa.search.Hit;
import org.taiwa.search.SearchQuery;
import org.taiwa.security.policy.Visibility;

/**
 * Known-item searches on a small labelled corpus of the network's kind of documents and posts: each query,
 * typed the way a member would say it (other spelling, era year, synonym, part of a compound), must rank the
 * document it is about among the first three.
 */
class RelevanceTest {

    private static final ReadableDocuments MEMBER = new ReadableDocuments(false, true, "staff.minato",
            Set.of("forum", "municipal-committee", "model-1"));
    private static final SynonymSet SYNONYMS = SynonymSet.parse(
            "J-VER, オフセット・クレジット\n温対法 = 地球温暖化対策推進法\nCO2, 二酸化炭素");

    @TempDir
    static Path dir;
    private static LuceneIndex index;
    private static final IndexSearch SEARCH = new IndexSearch(new QueryBuilder(TestAnalysis.ANALYZERS));

    @BeforeAll
    static void corpus() throws IOException {
        index = LuceneIndex.open(dir, TestAnalysis.ANALYZERS.perField());
        long seq = 0;
        for (String[] d : new String[][] {
            {"guidebook", "カーボン・オフセット導入ガイドブック", "区市町村がイベントや公共施設でカーボン・オフセットを導入するための手順、"
                    + "排出量の算定方法、クレジットの選び方をまとめたガイドブックです。", "GUIDEBOOK", "2011", "港区"},
            {"press", "研究検討委員会の提言の公表について", "平成24年5月31日、62市区町村の研究検討委員会は提言をまとめ、"
                    + "ガイドブックと啓発パンフレットを発行した。", "REPORT", "2012", "新宿区"},
            {"kamaishi", "釜石J-VERの共同購入の実績", "2011年度に35の自治体が47のイベントで釜石地方森林組合の"
                    + "J-VERを共同購入した。被災地の森林整備を支援する。", "REPORT", "2011", "武蔵野市"},
            {"law", "地球温暖化対策推進法と自治体の実行計画", "地球温暖化対策推進法は地方公共団体に温室効果ガスの"
                    + "排出抑制のための実行計画の策定を求めている。", "MATERIAL", "2010", "八王子市"},
            {"led", "街路灯のLED化による省エネルギー効果", "街路灯を水銀灯からLEDに交換し、電力使用量とＣＯ２排出量を"
                    + "年間4割削減した事例。", "REPORT", "2012", "三鷹市"},
            {"minutes", "第3回自治体委員会 議事録", "取組モデルの進め方、イベントの排出量算定、次回までの宿題について"
                    + "議論した。", "MINUTES", "2010", "港区"},
            {"forest", "多摩の森林整備と木材利用", "間伐材を公共施設の内装に使い、森林吸収を確かなものにする取組。"
                    + "檜原村と奥多摩町の協力。", "PAMPHLET", "2011", "檜原村"},
            {"survey", "区民アンケートの結果", "区民の環境意識についてのアンケート。コンピューターでの回答が7割。",
                    "MATERIAL", "2009", "練馬区"},
            {"budget", "事業化に向けた予算要求の進め方", "企画立案から事業化へ:予算要求の時期、庁内合意、"
                    + "財政課への説明のしかた。", "GUIDEBOOK", "2011", "府中市"},
            {"solar", "太陽光発電の普及啓発", "住宅用太陽光発電システムの設置補助と普及啓発イベントの報告。",
                    "REPORT", "2013", "町田市"},
        }) {
            index.apply(new Change.Upsert(Items.document(d[0], ++seq, d[1], d[2], Visibility.PUBLIC, null, "u", d[3],
                    Integer.valueOf(d[4]), List.of(d[5]))));
        }
        index.apply(new Change.Upsert(Items.post("thread-offset", "t-offset", ++seq, "forum",
                "イベントのオフセットはどのクレジットで?", "イベントのオフセットにはJ-VERと国内クレジットのどちらがよいか相談です。")));
        index.commit(seq, true);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            カーボンオフセット ガイドブック     | guidebook
            ｶｰﾎﾞﾝ･ｵﾌｾｯﾄ 導入                | guidebook
            提言 公表                        | press
            平成24年 提言                    | press
            釜石 共同購入                     | kamaishi
            平成23年度 J-VER                 | kamaishi
            オフセット・クレジット 釜石         | kamaishi
            温対法 実行計画                   | law
            LED 街路灯                       | led
            CO2 削減 街路灯                   | led
            二酸化炭素 LED                    | led
            自治体委員会 議事録                | minutes
            間伐材                           | forest
            檜原村 森林                       | forest
            コンピュータ アンケート             | survey
            予算要求                          | budget
            事業化 予算                       | budget
            太陽光 補助                       | solar
            イベント クレジット 相談            | thread-offset
            """)
    void a_known_item_is_among_the_first_three(String query, String expected) throws IOException {
        List<String> top = SEARCH.search(index, SearchQuery.of(query), MEMBER, SYNONYMS).hits().stream()
                .map(Hit::id).limit(3).toList();
        assertThat(top).as(query).contains(expected);
    }
}
