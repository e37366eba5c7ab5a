package org.taiwa.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.taiwa.search.Suggestion;

/**
 * Completions while typing, from the index itself rather than a separate suggester, so they follow every
 * change and deletion at once and pass the same {@link AccessFilter}: titles that start with or contain the
 * text, and frequent words of the texts that start with its last word, each only if something the member
 * may read has it.
 */
final class Suggestions {

    private static final int TITLE_CANDIDATES = 20;
    private static final int WORD_CANDIDATES = 40;

    private final JapaneseAnalyzers analyzers;

    Suggestions(JapaneseAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    List<Suggestion> suggest(IndexSearcher searcher, String typed, Query access, int limit) throws IOException {
        String folded = TextNormalizer.normalize(typed == null ? "" : typed).strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        var suggestions = new ArrayList<Suggestion>();
        titles(searcher, folded, access, (limit + 1) / 2, suggestions);
        words(searcher, folded, access, limit - suggestions.size(), suggestions);
        return suggestions;
    }

    private void titles(IndexSearcher searcher, String folded, Query access, int limit, List<Suggestion> out)
            throws IOException {
        var matching = new BooleanQuery.Builder()
                .add(new BoostQuery(new PrefixQuery(new Term(Fields.TITLE_KEY, folded)), 3f), Occur.SHOULD);
        var bigrams = analyzers.bigrams(folded);
        if (!bigrams.isEmpty()) {
            matching.add(QueryBuilder.phrase(Fields.TITLE_BI, bigrams), Occur.SHOULD);
        }
        var words = analyzers.japanese(folded);
        if (!words.isEmpty()) {
            matching.add(QueryBuilder.phrase(Fields.TITLE_JA, words), Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder().add(matching.build(), Occur.MUST).add(access, Occur.FILTER).build();
        Set<String> seen = new LinkedHashSet<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, TITLE_CANDIDATES).scoreDocs) {
            Document doc = stored.document(hit.doc);
            String title = doc.get(Fields.TITLE);
            if (title != null && !title.isBlank() && seen.add(title) && seen.size() <= limit) {
                out.add(new Suggestion(title, Suggestion.Kind.TITLE, doc.get(Fields.URL)));
            }
        }
    }

    private record Candidate(String term, int docFreq) {
    }

    private void words(IndexSearcher searcher, String folded, Query access, int limit, List<Suggestion> out)
            throws IOException {
        int lastSpace = folded.lastIndexOf(' ');
        String head = lastSpace < 0 ? "" : folded.substring(0, lastSpace + 1);
        String last = folded.substring(lastSpace + 1);
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.ALL_JA);
        if (terms == null || last.isEmpty() || limit <= 0) {
            return;
        }
        var candidates = new ArrayList<Candidate>();
        TermsEnum iterator = terms.iterator();
        var prefix = new BytesRef(last);
        if (iterator.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
            for (BytesRef term = iterator.term(); term != null && startsWith(term, prefix)
                    && candidates.size() < WORD_CANDIDATES * 5; term = iterator.next()) {
                if (term.length > prefix.length) {
                    candidates.add(new Candidate(term.utf8ToString(), iterator.docFreq()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::docFreq).reversed());
        // shown in the order of what the member may read, not of the whole index
        var readable = new ArrayList<Candidate>();
        for (Candidate candidate : candidates.subList(0, Math.min(WORD_CANDIDATES, candidates.size()))) {
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.ALL_JA, candidate.term())), Occur.MUST)
                    .add(access, Occur.FILTER).build();
            int count = searcher.count(query);
            if (count > 0) {
                readable.add(new Candidate(candidate.term(), count));
            }
        }
        readable.sort(Comparator.comparingInt(Candidate::docFreq).reversed().thenComparing(Candidate::term));
        readable.stream().limit(limit)
                .forEach(c -> out.add(new Suggestion(head + c.term(), Suggestion.Kind.WORD, null)));
    }

    private static boolean startsWith(BytesRef term, BytesRef prefix) {
        if (term.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (term.bytes[term.offset + i] != prefix.bytes[prefix.offset + i]) {
                return false;
            }
        }
        return true;
    }
}
