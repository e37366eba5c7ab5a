package org.taiwa.search.internal;

import java.util.List;

import org.apache.lucene.search.IndexSearcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.taiwa.library.ReadableDocuments;
import org.taiwa.search.IndexStatus;
import org.taiwa.search.SearchQuery;
import org.taiwa.search.SearchResult;
import org.taiwa.search.Suggestion;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/** The module's services' way into the index: searches, suggestions, status and rebuilds, without Lucene types. */
@Component
public class SearchEngine {

    private final IndexKeeper keeper;
    private final IndexSearch search;
    private final Suggestions suggestions;
    private final SynonymStore synonyms;
    private final Timer searchTimer;

    SearchEngine(IndexKeeper keeper, QueryBuilder builder, JapaneseAnalyzers analyzers, SynonymStore synonyms) {
        this(keeper, builder, analyzers, synonyms, Metrics.globalRegistry);
    }

    @Autowired
    SearchEngine(IndexKeeper keeper, QueryBuilder builder, JapaneseAnalyzers analyzers, SynonymStore synonyms,
                 MeterRegistry meters) {
        this.searchTimer = Timer.builder("taiwa.search").description("Searches answered by this node's index")
                .publishPercentileHistogram().register(meters);
        this.keeper = keeper;
        this.search = new IndexSearch(builder);
        this.suggestions = new Suggestions(analyzers);
        this.synonyms = synonyms;
    }

    public SearchResult search(SearchQuery query, ReadableDocuments readable) {
        SynonymSet current = synonyms.current();
        Timer.Sample sample = Timer.start();
        try {
            return keeper.read((searcher, facets) -> search.search(searcher, facets, query, readable, current));
        } catch (IndexSearcher.TooManyClauses tooComplex) {
            return SearchResult.empty(java.util.Set.of("search.notice.too-complex"));
        } finally {
            sample.stop(searchTimer);
        }
    }

    public List<Suggestion> suggest(String typed, ReadableDocuments readable, int limit) {
        return keeper.read((searcher, facets) -> suggestions.suggest(searcher, typed, AccessFilter.of(readable),
                limit));
    }

    public IndexStatus status() {
        IndexKeeper.Progress progress = keeper.progress();
        LuceneIndex index = keeper.index();
        int items = keeper.read((searcher, facets) -> searcher.getIndexReader().numDocs());
        return new IndexStatus(items, index.position(), index.complete(), keeper.skipped(), progress.running(),
                progress.position(), progress.target(), progress.startedAt(), progress.finishedAt());
    }

    /** False if a rebuild is running already. */
    public boolean rebuild() {
        return keeper.rebuild();
    }

    /** A local change was stored: look for it now. */
    public void changed() {
        keeper.wake();
    }

    public void start(boolean rebuild) {
        keeper.start();
        if (rebuild) {
            keeper.rebuild();
        }
    }

    public String synonyms() {
        return synonyms.text();
    }

    public void saveSynonyms(String text, String by) {
        synonyms.save(text, by);
    }
}
