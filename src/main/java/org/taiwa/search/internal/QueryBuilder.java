package org.taiwa.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.taiwa.library.FiscalYear;

/**
 * Turns a {@link UserQuery} into a Lucene query: every word must match (AND), in the title, the text or the
 * metadata, by its Kuromoji words as a phrase or, failing that, by its bigrams; each word also stands for its
 * synonyms and its era or Western year; excluded words must not match in any of these forms. Each word is
 * analysed on its own and searched as a phrase, so {@code 共同購入} never turns into 共同 OR 購入.
 *
 * <p>A word is matched in two fields that each hold title, metadata and text ({@link Fields#ALL_JA},
 * {@link Fields#ALL_BI}). Every search counts all its hits for the facets, so the clauses a hit must be checked
 * against are what a search costs (docs/benchmarks.md): at most two per word, one for most words. What only
 * raises the score — the word in the title or the metadata, the Kuromoji phrase of a word its bigrams already
 * find — is a separate {@link Built#boosts() query} applied to the best hits only, never to every hit.
 */
final class QueryBuilder {

    /**
     * @param query      null when no word has anything to search for (only punctuation, only exclusions)
     * @param boosts     what adds to the scores of the best hits (the words in the title or the metadata, Kuromoji
     *                   phrases of words matched by their bigrams); null with no query
     * @param highlights folded strings to mark in snippets
     */
    record Built(Query query, Query boosts, List<String> highlights) {
    }

    private static final float TITLE = 3f;
    private static final float META = 1.5f;
    private static final float BODY = 1f;
    private static final float BIGRAM = 0.4f;

    private final JapaneseAnalyzers analyzers;

    QueryBuilder(JapaneseAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    Built build(UserQuery userQuery, SynonymSet synonyms) {
        var highlights = new LinkedHashSet<String>();
        var query = new BooleanQuery.Builder();
        var boosts = new BooleanQuery.Builder();
        int positives = 0;
        for (UserQuery.Clause clause : userQuery.clauses()) {
            List<String> alternatives = alternatives(clause, synonyms);
            Optional<Query> q = clause(clause, alternatives, boosts);
            if (q.isEmpty()) {
                continue;
            }
            query.add(q.get(), clause.excluded() ? Occur.MUST_NOT : Occur.MUST);
            if (!clause.excluded()) {
                positives++;
                boosts(alternatives).ifPresent(boost -> boosts.add(boost, Occur.SHOULD));
                highlights.addAll(alternatives);
                analyzers.japanese(clause.text()).stream().map(JapaneseAnalyzers.Token::term)
                        .filter(term -> term.length() >= 2).forEach(highlights::add);
            }
        }
        return positives == 0 ? new Built(null, null, List.copyOf(highlights))
                : new Built(query.build(), boosts.build(), List.copyOf(highlights));
    }

    /** The folded word and what else it stands for; a phrase stands for itself only. */
    static List<String> alternatives(UserQuery.Clause clause, SynonymSet synonyms) {
        if (clause.phrase()) {
            return List.of(TextNormalizer.normalize(clause.text()));
        }
        Set<String> all = new LinkedHashSet<>();
        for (String synonym : synonyms.expand(clause.text())) {
            all.addAll(EraYears.expand(synonym));
        }
        return all.stream().limit(SynonymSet.MAX_ALTERNATIVES).toList();
    }

    /**
     * Empty when no alternative has a word to search for (punctuation, a lone operator). A wanted word whose bigrams
     * find every text its Kuromoji words find ({@link #bigramsCover}) is matched by its bigrams alone and its
     * Kuromoji phrase goes to {@code rescoring}: the same hits, the same final scores for the best ones, and one
     * phrase instead of two to check against each of tens of thousands of hits.
     */
    Optional<Query> clause(UserQuery.Clause clause, List<String> alternatives, BooleanQuery.Builder rescoring) {
        var any = new BooleanQuery.Builder();
        boolean some = false;
        for (String alternative : alternatives) {
            List<JapaneseAnalyzers.Token> words = analyzers.japanese(alternative);
            List<JapaneseAnalyzers.Token> bigrams = analyzers.bigrams(alternative);
            if (!words.isEmpty()) {
                Query kuromoji = boost(phrase(Fields.ALL_JA, words), BODY);
                if (!clause.excluded() && bigramsCover(alternative, words, bigrams)) {
                    rescoring.add(kuromoji, Occur.SHOULD);
                } else {
                    any.add(kuromoji, Occur.SHOULD);
                }
                some = true;
            }
            if (!bigrams.isEmpty()) {
                any.add(boost(phrase(Fields.ALL_BI, bigrams), BODY * BIGRAM), Occur.SHOULD);
                some = true;
            }
        }
        if (!clause.phrase()) {
            Optional<FiscalYear> year = EraYears.fiscalYear(clause.text());
            if (year.isPresent()) {
                any.add(boost(new TermQuery(new Term(Fields.YEAR, String.valueOf(year.get().year()))), TITLE),
                        Occur.SHOULD);
                some = true;
            }
        }
        return some ? Optional.of(any.build()) : Optional.empty();
    }

    /**
     * True when every text the word's Kuromoji phrase matches is also matched by its bigram phrase: the Kuromoji
     * words spell the folded word exactly (no base form, no stemmed long vowel, no dropped particle or symbol), in
     * consecutive positions, the word has at least two characters (one character has no bigram) and no hiragana
     * (inflected verbs and adjectives, whose base forms match other spellings in the text). Such words are nouns,
     * katakana terms, Latin words and numbers; nouns keep their spelling in any text.
     */
    static boolean bigramsCover(String word, List<JapaneseAnalyzers.Token> words,
                                List<JapaneseAnalyzers.Token> bigrams) {
        String folded = TextNormalizer.normalize(word);
        if (bigrams.isEmpty() || folded.codePointCount(0, folded.length()) < 2
                || folded.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA)) {
            return false;
        }
        var spelled = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).position() != words.getFirst().position() + i) {
                return false;
            }
            spelled.append(words.get(i).term());
        }
        return spelled.toString().equals(folded);
    }

    /** Extra score for the word in the title or the metadata; never needed for a match. */
    private Optional<Query> boosts(List<String> alternatives) {
        var any = new BooleanQuery.Builder();
        boolean some = false;
        for (String alternative : alternatives) {
            List<JapaneseAnalyzers.Token> words = analyzers.japanese(alternative);
            if (!words.isEmpty()) {
                any.add(boost(phrase(Fields.TITLE_JA, words), TITLE), Occur.SHOULD);
                any.add(boost(phrase(Fields.META_JA, words), META), Occur.SHOULD);
                some = true;
            }
        }
        return some ? Optional.of(any.build()) : Optional.empty();
    }

    static Query phrase(String field, List<JapaneseAnalyzers.Token> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.getFirst().term()));
        }
        var phrase = new PhraseQuery.Builder();
        int first = tokens.getFirst().position();
        for (JapaneseAnalyzers.Token token : tokens) {
            phrase.add(new Term(field, token.term()), token.position() - first);
        }
        return phrase.build();
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }

    /** The Kuromoji words of a text, for "did you mean". */
    List<String> words(String text) {
        var words = new ArrayList<String>();
        analyzers.japanese(text).forEach(token -> words.add(token.term()));
        return words;
    }
}
