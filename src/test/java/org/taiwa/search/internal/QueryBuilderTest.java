package org.taiwa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryBuilderTest {

    private static final JapaneseAnalyzers ANALYZERS = TestAnalysis.ANALYZERS;
    private final QueryBuilder builder = new QueryBuilder(ANALYZERS);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "削減, true", "温室効果ガス, true", "カーボン・オフセット, true", "ＣＯ２, true", "LED, true",
            "釜石市, true", "行う, false", "進めている, false", "森, false", "コンピューター, false",
            "温室効果ガスの削減, false", "J-VER, true"})
    void only_words_whose_bigrams_find_all_their_kuromoji_matches_are_matched_by_bigrams_alone(String word,
                                                                                            boolean covered) {
        assertThat(QueryBuilder.bigramsCover(word, ANALYZERS.japanese(word), ANALYZERS.bigrams(word)))
                .isEqualTo(covered);
    }

    /**
     * The words matched by their bigrams alone find exactly what the Kuromoji phrase OR the bigram phrase found
     * before: texts where Kuromoji cuts the word differently, inflections, long vowels, compounds. One difference
     * on purpose: Kuromoji drops punctuation without a gap, so its phrase ran across a full stop (森林。整備);
     * the bigrams do not.
     */
    @Test
    void matching_by_bigrams_alone_finds_the_same_texts_as_either_analysis(@TempDir Path dir) throws IOException {
        List<String> texts = List.of("温室効果ガスの排出量を削減する。", "東京都の森林整備", "京都議定書の目標",
                "カーボン・オフセットの手引き", "カーボンオフセット", "ＣＯ２削減に向けて", "co2 と LED照明の交換",
                "釜石市と共同購入を行った。", "サーバー更新", "コンピュータの利用", "削減目標を進めている");
        List<String> words = List.of("削減", "温室効果ガス", "森林整備", "京都", "カーボンオフセット", "co2", "LED",
                "釜石市", "共同購入", "サーバ", "コンピュータ", "目標", "整備");
        try (var directory = FSDirectory.open(dir);
             var writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZERS.perField()))) {
            for (String text : texts) {
                writer.addDocument(textDocument(text));
            }
            writer.commit();
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = new IndexSearcher(reader);
                for (String word : words) {
                    var built = builder.build(UserQuery.parse(word), SynonymSet.NONE);
                    var either = new BooleanQuery.Builder()
                            .add(QueryBuilder.phrase(Fields.ALL_JA, ANALYZERS.japanese(word)), Occur.SHOULD)
                            .add(QueryBuilder.phrase(Fields.ALL_BI, ANALYZERS.bigrams(word)), Occur.SHOULD).build();
                    assertThat(searcher.count(built.query())).as(word).isEqualTo(searcher.count(either))
                            .isPositive();
                }
                writer.addDocument(textDocument("森林。整備の記録"));
                writer.commit();
            }
            try (var reader = DirectoryReader.open(directory)) {
                var built = builder.build(UserQuery.parse("森林整備"), SynonymSet.NONE);
                assertThat(new IndexSearcher(reader).count(built.query())).isEqualTo(1);
            }
        }
    }

    private static Document textDocument(String text) {
        var doc = new Document();
        doc.add(new TextField(Fields.ALL_JA, text, Field.Store.NO));
        doc.add(new TextField(Fields.ALL_BI, text, Field.Store.NO));
        return doc;
    }
}
