package org.taiwa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Marks land on the text as written, around exactly the matched words. */
class SnippetsTest {

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            カーボン・オフセット | カーボン | <mark>カーボン</mark>・オフセット
            カーボン・オフセット | オフセット | カーボン・<mark>オフセット</mark>
            カーボン・オフセット | カーボンオフセット | <mark>カーボン・オフセット</mark>
            ｶｰﾎﾞﾝ･ｵﾌｾｯﾄ | カーボン | <mark>ｶｰﾎﾞﾝ</mark>･ｵﾌｾｯﾄ
            J-VERの購入 | j | <mark>J</mark>-VERの購入
            J－VERの購入 | jver | <mark>J－VER</mark>の購入
            ＣＯ２の削減 | co2 | <mark>ＣＯ２</mark>の削減
            平成23年度 <b>提言</b> | 提言 | 平成23年度 &lt;b&gt;<mark>提言</mark>&lt;/b&gt;
            """)
    void marks_cover_the_match_and_leave_dropped_punctuation_outside(String text, String needle, String html) {
        assertThat(Snippets.make(text, List.of(needle), 200)).isEqualTo(html);
    }
}
