package org.taiwa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseAnalyzersTest {

    private final JapaneseAnalyzers analyzers = TestAnalysis.ANALYZERS;

    private List<String> words(String text) {
        return analyzers.japanese(text).stream().map(JapaneseAnalyzers.Token::term).toList();
    }

    private List<String> bigrams(String text) {
        return analyzers.bigrams(text).stream().map(JapaneseAnalyzers.Token::term).toList();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            ＣＯ２                  | co2
            ＣＯ２                  | CO2
            カーボン・オフセット        | カーボンオフセット
            カーボン・オフセット        | カーボン オフセット
            ｶｰﾎﾞﾝｵﾌｾｯﾄ             | カーボンオフセット
            Ｊ－ＶＥＲ                | j-ver
            J-クレジット              | Jクレジット
            コンピューター             | コンピュータ
            エネルギー                | エネルギ
            温室効果ガスを削減した       | 温室効果ガスを削減する
            """)
    void spelling_variants_analyse_to_the_same_words(String one, String other) {
        assertThat(words(one)).isNotEmpty().isEqualTo(words(other));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            武蔵野市の取組     | 武蔵野,市,取組
            東大和市          | 東大和,市
            檜原村            | 檜原,村
            カーボン・オフセット | カーボン,オフセット
            温室効果ガス       | 温室,効果,ガス
            J-VERの購入       | jver,購入
            """)
    void the_user_dictionary_cuts_names_and_terms(String text, String expected) {
        assertThat(words(text)).containsExactly(expected.split(","));
    }

    @Test
    void a_compound_is_not_turned_into_its_parts_with_or() {
        // each word of a query is searched as a phrase of its parts (QueryBuilder), the parts keep their order
        assertThat(analyzers.japanese("共同購入")).extracting(JapaneseAnalyzers.Token::position)
                .containsExactly(0, 1);
    }

    @Test
    void bigrams_overlap_and_fold_like_the_words() {
        assertThat(bigrams("温室効果")).containsExactly("温室", "室効", "効果");
        assertThat(bigrams("カーボン・オフセット")).isEqualTo(bigrams("カーボンオフセット"));
        assertThat(bigrams("ＣＯ２削減")).containsExactly("co2", "削減");
    }

    @Test
    void particles_and_stop_words_leave_gaps_that_phrases_keep() {
        assertThat(analyzers.japanese("地球温暖化の対策")).extracting(JapaneseAnalyzers.Token::term)
                .doesNotContain("の");
    }
}
