package org.taiwa.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The two analyses of every text field, the same at index and at query time:
 * <ul>
 *   <li>{@code *_ja}: {@link TextNormalizer}, Kuromoji in search mode with the user dictionary (municipality
 *   names and network terms), base forms, particles and stop words dropped, katakana long vowels
 *   stemmed ({@code コンピューター} = {@code コンピュータ});</li>
 *   <li>{@code *_bi}: {@link TextNormalizer} and overlapping CJK bigrams, the recall safety net for words
 *   that Kuromoji cuts differently in a query than in the text.</li>
 * </ul>
 */
public final class JapaneseAnalyzers {

    /** A token of an analysed text and its position (stop words leave gaps that phrases must keep). */
    public record Token(String term, int position) {
    }

    private static final int POSITION_GAP = 100;

    private final Analyzer japanese;
    private final Analyzer bigram;
    private final Analyzer perField;

    public JapaneseAnalyzers(UserDictionary dictionary) {
        this.japanese = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new JapaneseTokenizer(dictionary, true, true, JapaneseTokenizer.Mode.SEARCH);
                TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
                stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
                stream = new CJKWidthFilter(stream);
                stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
                stream = new JapaneseKatakanaStemFilter(stream);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new NormalizingCharFilter(reader);
            }

            // the title, metadata and text of one field (all_ja) are separate values: no phrase spans two
            @Override
            public int getPositionIncrementGap(String field) {
                return POSITION_GAP;
            }
        };
        this.bigram = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new NormalizingCharFilter(reader);
            }
        };
        this.perField = new PerFieldAnalyzerWrapper(japanese, java.util.Map.of(
                Fields.TITLE_BI, bigram, Fields.ALL_BI, bigram));
    }

    /** For the index writer: each field with its analysis. */
    public Analyzer perField() {
        return perField;
    }

    public List<Token> japanese(String text) {
        return tokens(japanese, text);
    }

    public List<Token> bigrams(String text) {
        return tokens(bigram, text);
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        var tokens = new ArrayList<Token>();
        try (TokenStream stream = analyzer.tokenStream("", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return tokens;
    }
}
