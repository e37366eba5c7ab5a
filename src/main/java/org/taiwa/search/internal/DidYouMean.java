package org.taiwa.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * For a search without hits, the nearest query that has some: each word respelled with the index's own
 * words (Kuromoji words of the texts, so katakana and Latin typos are caught), else the query without one
 * of its words. A candidate counts only if it has hits under the member's filter, so no word of an
 * unreadable text is ever offered.
 */
final class DidYouMean {

    private static final int MAX_CANDIDATES = 12;

    private final QueryBuilder builder;
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    DidYouMean(QueryBuilder builder) {
        this.builder = builder;
        spelling.setMinQueryLength(2);
        spelling.setMinPrefix(0);
        spelling.setAccuracy(0.5f);
    }

    /** The query text to offer, or null. */
    String suggest(IndexSearcher searcher, UserQuery words, SynonymSet synonyms, Query filter) throws IOException {
        for (UserQuery candidate : candidates(searcher, words)) {
            QueryBuilder.Built built = builder.build(candidate, synonyms);
            if (built.query() == null) {
                continue;
            }
            var query = new BooleanQuery.Builder().add(built.query(), Occur.MUST).add(filter, Occur.FILTER).build();
            if (searcher.count(query) > 0) {
                return candidate.text();
            }
        }
        return null;
    }

    private List<UserQuery> candidates(IndexSearcher searcher, UserQuery words) throws IOException {
        Set<UserQuery> candidates = new LinkedHashSet<>();
        List<UserQuery.Clause> clauses = words.clauses();
        for (int i = 0; i < clauses.size() && candidates.size() < MAX_CANDIDATES; i++) {
            UserQuery.Clause clause = clauses.get(i);
            if (clause.excluded() || clause.phrase()) {
                continue;
            }
            for (String respelled : respellings(searcher, clause.text())) {
                candidates.add(replace(words, i, new UserQuery.Clause(respelled, false, false)));
            }
        }
        if (words.positive().size() > 1) {
            for (int i = 0; i < clauses.size(); i++) {
                if (!clauses.get(i).excluded()) {
                    candidates.add(replace(words, i, null));
                }
            }
        }
        return candidates.stream().limit(MAX_CANDIDATES).toList();
    }

    /** The word with one of its Kuromoji words replaced by a similar word of the index. */
    private List<String> respellings(IndexSearcher searcher, String text) throws IOException {
        String folded = TextNormalizer.normalize(text);
        var respellings = new ArrayList<String>();
        for (String part : builder.words(folded)) {
            for (String similar : similar(searcher, part)) {
                respellings.add(folded.contains(part) ? folded.replace(part, similar) : similar);
            }
            // an unknown katakana run is one word to Kuromoji: respell its end after a known beginning
            for (int cut = part.length() - 2; cut >= 2 && docFreq(searcher, part) == 0; cut--) {
                String head = part.substring(0, cut);
                if (docFreq(searcher, head) > 0) {
                    for (String similar : similar(searcher, part.substring(cut))) {
                        respellings.add(folded.replace(part, head + similar));
                    }
                    break;
                }
            }
        }
        return respellings;
    }

    private List<String> similar(IndexSearcher searcher, String word) throws IOException {
        var similar = new ArrayList<String>();
        for (SuggestWord suggestion : spelling.suggestSimilar(new Term(Fields.ALL_JA, word), 3,
                searcher.getIndexReader(), SuggestMode.SUGGEST_MORE_POPULAR)) {
            similar.add(suggestion.string);
        }
        return similar;
    }

    private static int docFreq(IndexSearcher searcher, String word) throws IOException {
        return searcher.getIndexReader().docFreq(new Term(Fields.ALL_JA, word));
    }

    private static UserQuery replace(UserQuery words, int index, UserQuery.Clause replacement) {
        var clauses = new ArrayList<>(words.clauses());
        if (replacement == null) {
            clauses.remove(index);
        } else {
            clauses.set(index, replacement);
        }
        return new UserQuery(clauses, Set.of());
    }
}
