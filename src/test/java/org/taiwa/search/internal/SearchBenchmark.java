package org.taiwa.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.taiwa.library.ReadableDocuments;
import org.taiwa.search.SearchQuery;
import org.taiwa.search.SearchSort;

/**
 * The search figures of issue 5 on a generated corpus (see {@link BenchCorpus}): indexing rate, a full rebuild
 * while the old index answers, query latency through the search path (parse, analysis, synonyms and era
 * years, permission filter, facets, snippets) against the same queries' core on bare Lucene, and
 * save-to-searchable. The store is in memory: MongoDB's reading time is not part of these figures.
 */
public final class SearchBenchmark {

    /** One line of the results table. */
    public record Figure(String name, String target, String value) {
    }

    private static final long SEED = 20120531L;

    private SearchBenchmark() {
    }

    /** An in-memory store like the feeds: records carry the position of their last change. */
    private static final class Store implements ChangeFeed {
        final ConcurrentSkipListMap<Long, IndexedItem> bySeq = new ConcurrentSkipListMap<>();
        final Map<String, Long> seqById = new ConcurrentHashMap<>();
        final AtomicLong counter = new AtomicLong();

        synchronized void put(IndexedItem item) {
            Long old = seqById.put(item.id(), item.changeSeq());
            if (old != null) {
                bySeq.remove(old);
            }
            bySeq.put(item.changeSeq(), item);
            counter.accumulateAndGet(item.changeSeq(), Math::max);
        }

        @Override
        public List<Change> after(long position, int limit) {
            var changes = new ArrayList<Change>(limit);
            for (IndexedItem item : bySeq.tailMap(position, false).values()) {
                if (changes.size() >= limit) {
                    break;
                }
                changes.add(new Change.Upsert(item));
            }
            return changes;
        }
    }

    public static List<Figure> run(int documents) throws Exception {
        Path root = Files.createTempDirectory("taiwa-search-bench");
        var figures = new ArrayList<Figure>();
        var random = new Random(SEED);
        var store = new Store();
        for (int n = 1; n <= documents; n++) {
            store.put(BenchCorpus.document(n, random));
        }
        long bytes = store.bySeq.values().stream().mapToLong(i -> i.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        figures.add(new Figure("corpus", "100,000 documents of ~1–2 KB", String.format("%,d documents, %.2f KB of text each on average",
                documents, bytes / 1024.0 / documents)));
        var settings = new IndexKeeper.Settings(Duration.ofMillis(500), Duration.ofSeconds(10), 1_000, 20_000);
        var analyzers = SearchAnalysis.analyzers(Files.newInputStream(Path.of("config/tokyo-62-municipalities.csv")),
                Files.newInputStream(Path.of("config/search-terms.txt")));
        try (var keeper = new IndexKeeper(root, analyzers, List.of(store), store.counter::get, settings)) {
            long start = System.nanoTime();
            keeper.pollNow();
            double seconds = (System.nanoTime() - start) / 1e9;
            figures.add(new Figure("indexing (first build, from the feed)", "≥ 1,000 documents/s",
                    String.format("%,.0f documents/s (%,.1f s)", documents / seconds, seconds)));

            keeper.start();
            long rebuildStart = System.nanoTime();
            keeper.rebuild();
            int answeredDuring = 0;
            while (keeper.progress().running()) {
                answeredDuring += keeper.read((s, f) -> s.count(new TermQuery(new Term(Fields.ALL_JA, "削減")))) > 0
                        ? 1 : 0;
                Thread.sleep(200);
            }
            figures.add(new Figure("full rebuild while answering", "≤ 2 min for 100,000",
                    String.format("%.1f s (%d searches answered meanwhile)", (System.nanoTime() - rebuildStart) / 1e9,
                            answeredDuring)));
            figures.addAll(queries(keeper, analyzers));
            figures.add(saveToSearchable(keeper, store, documents));
        } finally {
            LuceneIndex.deleteDirectory(root);
        }
        return figures;
    }

    private static List<Figure> queries(IndexKeeper keeper, JapaneseAnalyzers analyzers) throws IOException {
        var random = new Random(SEED + 1);
        var search = new IndexSearch(new QueryBuilder(analyzers));
        var reader = new ReadableDocuments(false, true, "staff.mitaka", Set.of("forum", "model-1"));
        var synonyms = SynonymSet.parse("J-VER, オフセット・クレジット\n温対法 = 地球温暖化対策推進法");
        var service = new ArrayList<Long>();
        var bare = new ArrayList<Long>();
        for (int i = 0; i < 3_000; i++) {
            String a = BenchCorpus.word(random);
            String b = BenchCorpus.word(random);
            int kind = i % 4;
            SearchQuery query = switch (kind) {
                case 0 -> SearchQuery.of(a);
                case 1 -> SearchQuery.of(a + " " + b);
                case 2 -> SearchQuery.of("\"" + a + "の" + b + "\"");
                default -> new SearchQuery(a, null, BenchCorpus.TYPES[i % 7], null, null, null, null, null,
                        SearchSort.RELEVANCE, 0, 10);
            };
            Query core = bareQuery(analyzers, kind, a, b, BenchCorpus.TYPES[i % 7]);
            long t0 = System.nanoTime();
            keeper.read((s, f) -> search.search(s, f, query, reader, synonyms));
            long t1 = System.nanoTime();
            keeper.read((s, f) -> s.search(core, 10));
            long t2 = System.nanoTime();
            if (i >= 1_000) {
                service.add(t1 - t0);
                bare.add(t2 - t1);
            }
        }
        double p50s = percentile(service, 50);
        double p99s = percentile(service, 99);
        double p50b = percentile(bare, 50);
        double p99b = percentile(bare, 99);
        return List.of(
                new Figure("query through the search path (term, AND, phrase, faceted; facets, snippets, filter)",
                        "p50 ≤ 10 ms, p99 ≤ 50 ms", String.format("p50 %.2f ms, p99 %.2f ms (%d queries)", p50s, p99s,
                                service.size())),
                new Figure("the same queries' words on bare Lucene (top 10, no facets, filter or snippets)", "—",
                        String.format("p50 %.2f ms, p99 %.2f ms; overhead ×%.1f at p50, ×%.1f at p99", p50b, p99b,
                                p50s / p50b, p99s / p99b)));
    }

    private static Query bareQuery(JapaneseAnalyzers analyzers, int kind, String a, String b, String type) {
        List<JapaneseAnalyzers.Token> wa = analyzers.japanese(a);
        List<JapaneseAnalyzers.Token> wb = analyzers.japanese(b);
        return switch (kind) {
            case 1 -> new BooleanQuery.Builder().add(QueryBuilder.phrase(Fields.ALL_JA, wa), Occur.MUST)
                    .add(QueryBuilder.phrase(Fields.ALL_JA, wb), Occur.MUST).build();
            case 2 -> QueryBuilder.phrase(Fields.ALL_JA, analyzers.japanese(a + "の" + b));
            case 3 -> new BooleanQuery.Builder().add(QueryBuilder.phrase(Fields.ALL_JA, wa), Occur.MUST)
                    .add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER).build();
            default -> QueryBuilder.phrase(Fields.ALL_JA, wa);
        };
    }

    private static Figure saveToSearchable(IndexKeeper keeper, Store store, int documents) throws Exception {
        var random = new Random(SEED + 2);
        var delays = new ArrayList<Long>();
        for (int i = 0; i < 100; i++) {
            String token = "zqsave" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            IndexedItem base = BenchCorpus.document(documents + 1 + i, random);
            long seq = store.counter.get() + 1;
            var item = new IndexedItem(base.kind(), base.id(), null, seq, base.title(), base.body() + " " + token,
                    "", base.url(), base.date(), base.visibility(), base.spaceId(), base.owner(), base.type(),
                    base.fiscalYear(), base.municipalities(), null, null, true);
            long start = System.nanoTime();
            store.put(item);
            keeper.wake();
            while (keeper.read((s, f) -> s.count(new TermQuery(new Term(Fields.ALL_JA, token)))) == 0) {
                Thread.sleep(1);
            }
            delays.add(System.nanoTime() - start);
            Thread.sleep(random.nextInt(50));
        }
        return new Figure("save to searchable, same node (store, wake, visible to a new search)", "p99 ≤ 1 s",
                String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d saves)", percentile(delays, 50),
                        percentile(delays, 99), percentile(delays, 100), delays.size()));
    }

    private static double percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
