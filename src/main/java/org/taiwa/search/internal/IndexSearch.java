package org.taiwa.search.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.taiwa.library.ReadableDocuments;
import org.taiwa.search.Facet;
import org.taiwa.search.Hit;
import org.taiwa.search.HitKind;
import org.taiwa.search.SearchQuery;
import org.taiwa.search.SearchResult;
import org.taiwa.search.SearchSort;

/**
 * Runs one search on one index: the member's words as built by {@link QueryBuilder}, the filters, and the
 * member's {@link AccessFilter} in the same query, so hits, totals and facet counts all come from what the
 * member may read. Searches without hits ask {@link DidYouMean}.
 */
final class IndexSearch {

    public static final String NOTICE_NOTHING = "search.notice.nothing-to-search";
    private static final int SNIPPET_LENGTH = 160;
    private static final int FACET_VALUES = 30;
    /** How many of the best hits the title and metadata boosts re-rank (at least the page asked for). */
    static final int RESCORE_WINDOW = 100;
    private static final Sort BY_DATE = new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);

    private final QueryBuilder builder;
    private final DidYouMean didYouMean;

    IndexSearch(QueryBuilder builder) {
        this.builder = builder;
        this.didYouMean = new DidYouMean(builder);
    }

    SearchResult search(LuceneIndex index, SearchQuery request, ReadableDocuments readable, SynonymSet synonyms)
            throws IOException {
        return index.read((searcher, facetState) -> search(searcher, facetState, request, readable, synonyms));
    }

    SearchResult search(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, SearchQuery request,
                        ReadableDocuments readable, SynonymSet synonyms) throws IOException {
        UserQuery words = UserQuery.parse(request.text());
        QueryBuilder.Built built = builder.build(words, synonyms);
        Set<String> notices = new LinkedHashSet<>(words.notices());
        if (built.query() == null && !words.clauses().isEmpty()) {
            notices.add(NOTICE_NOTHING);
            return SearchResult.empty(notices);
        }
        Query filter = filter(request, readable);
        Query query = new BooleanQuery.Builder()
                .add(built.query() == null ? new MatchAllDocsQuery() : built.query(), Occur.MUST)
                .add(filter, Occur.FILTER).build();
        boolean byDate = request.sort() == SearchSort.DATE || built.query() == null;
        int top = (request.page() + 1) * request.size();
        TopDocs best;
        FacetsCollector collected;
        if (byDate) {
            var result = FacetsCollectorManager.search(searcher, query, top, BY_DATE, true,
                    new FacetsCollectorManager());
            best = result.topDocs();
            collected = result.facetsCollector();
        } else {
            var result = FacetsCollectorManager.search(searcher, query, Math.max(top, RESCORE_WINDOW),
                    new FacetsCollectorManager());
            best = QueryRescorer.rescore(searcher, result.topDocs(), built.boosts(), 1, top);
            collected = result.facetsCollector();
        }
        long total = collected.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        List<Hit> hits = hits(searcher, best, request, built.highlights());
        String suggestion = total == 0 && built.query() != null
                ? didYouMean.suggest(searcher, words, synonyms, filter) : null;
        return new SearchResult(total, hits, facets(facetState, collected), suggestion, notices);
    }

    /** The member's access and the chosen facet values. */
    static Query filter(SearchQuery request, ReadableDocuments readable) {
        var filter = new BooleanQuery.Builder().add(AccessFilter.of(readable), Occur.FILTER);
        term(filter, Fields.KIND, request.kind());
        term(filter, Fields.TYPE, request.type());
        term(filter, Fields.YEAR, request.year() == null ? null : request.year().toString());
        term(filter, Fields.MUNICIPALITY, request.municipality());
        term(filter, Fields.SPACE, request.space());
        term(filter, Fields.MODEL, request.model());
        term(filter, Fields.STAGE, request.stage());
        return filter.build();
    }

    private static void term(BooleanQuery.Builder filter, String field, String value) {
        if (value != null) {
            filter.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static List<Hit> hits(IndexSearcher searcher, TopDocs top, SearchQuery request, List<String> highlights)
            throws IOException {
        var hits = new ArrayList<Hit>();
        var stored = searcher.storedFields();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = request.page() * request.size(); i < docs.length; i++) {
            Document doc = stored.document(docs[i].doc);
            String body = doc.get(Fields.BODY);
            String title = doc.get(Fields.TITLE);
            String snippet = Snippets.make(body == null || body.isBlank() ? title : body, highlights, SNIPPET_LENGTH);
            IndexableField year = doc.getField(Fields.YEAR);
            hits.add(new Hit(HitKind.parse(doc.get(Fields.KIND)).orElseThrow(), doc.get(Fields.ID), title, snippet,
                    doc.get(Fields.URL), year == null ? null : year.numericValue().intValue(),
                    List.of(doc.getValues(Fields.MUNICIPALITY)), Float.isNaN(docs[i].score) ? 0f : docs[i].score,
                    Instant.ofEpochMilli(doc.getField(Fields.DATE).numericValue().longValue())));
        }
        return hits;
    }

    private static List<Facet> facets(SortedSetDocValuesReaderState state, FacetsCollector collected)
            throws IOException {
        if (state == null) {
            return List.of();
        }
        // counted per segment on the slice threads: with tens of thousands of hits this is a scan of its own
        ConcurrentSortedSetDocValuesFacetCounts counts;
        try {
            counts = new ConcurrentSortedSetDocValuesFacetCounts(state, collected, LuceneIndex.SLICE_THREADS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while counting facets");
        }
        var facets = new ArrayList<Facet>();
        for (String name : Facet.NAMES) {
            FacetResult result;
            try {
                result = counts.getTopChildren(FACET_VALUES, name);
            } catch (IllegalArgumentException notIndexedYet) {
                result = null;
            }
            var values = new ArrayList<Facet.Value>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new Facet.Value(value.label, value.value.intValue()));
                }
            }
            facets.add(new Facet(name, values));
        }
        return facets;
    }
}
