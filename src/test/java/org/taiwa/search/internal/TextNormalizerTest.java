package org.taiwa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            ＣＯ２           | co2
            CO₂              | co2
            Co2              | co2
            カーボン・オフセット | カーボンオフセット
            カーボン･オフセット  | カーボンオフセット
            J-VER            | jver
            Ｊ－ＶＥＲ         | jver
            J‐クレジット       | jクレジット
            ｶｰﾎﾞﾝ            | カーボン
            ｵﾌｾｯﾄ            | オフセット
            カ－ボン           | カーボン
            カーボン-オフセット  | カーボンオフセット
            2011-2012        | 2011-2012
            ㈱               | (株)
            平成２３年度        | 平成23年度
            ①               | 1
            """)
    void folds_width_case_and_compound_punctuation(String written, String folded) {
        assertThat(TextNormalizer.normalize(written)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            区の「カーボン・オフセット」事業 | カーボン・オフセット
            ＣＯ２削減                 | ＣＯ２
            半角ｶｰﾎﾞﾝの例              | ｶｰﾎﾞﾝ
            """)
    void maps_every_folded_position_back_to_the_text_as_written(String text, String written) {
        TextNormalizer.Normalized folded = TextNormalizer.apply(text);
        String needle = TextNormalizer.normalize(written);
        int at = folded.text().indexOf(needle);
        assertThat(at).isNotNegative();
        assertThat(text.substring(folded.original(at), folded.original(at + needle.length()))).isEqualTo(written);
    }
}
