package org.taiwa.search.internal;

import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import org.taiwa.library.ReadableDocuments;
import org.taiwa.search.*;

/** Scratch (not committed): the service path only, for JFR. */
public final class ServiceProfile {
    public static void main(String[] args) throws Exception {
        Path root = Path.of("/work/prof/index3-100000");
        ChangeFeed feed = (position, limit) -> List.of();
        var settings = new IndexKeeper.Settings(Duration.ofMillis(500), Duration.ofSeconds(10), 1_000, 20_000);
        var analyzers = SearchAnalysis.analyzers(Files.newInputStream(Path.of("config/tokyo-62-municipalities.csv")),
                Files.newInputStream(Path.of("config/search-terms.txt")));
        try (var keeper = new IndexKeeper(root, analyzers, List.of(feed), () -> 100000L, settings)) {
            keeper.pollNow();
            var search = new IndexSearch(new QueryBuilder(analyzers));
            var reader = new ReadableDocuments(false, true, "staff.mitaka", Set.of("forum", "model-1"));
            var synonyms = SynonymSet.parse("J-VER, オフセット・クレジット\n温対法 = 地球温暖化対策推進法");
            for (int round = 0; round < 3; round++) {
                var qr = new Random(20120532L);
                List<Long> all = new ArrayList<>();
                for (int i = 0; i < 2000; i++) {
                    String a = BenchCorpus.word(qr), b = BenchCorpus.word(qr);
                    int kind = i % 4;
                    SearchQuery query = switch (kind) {
                        case 0 -> SearchQuery.of(a);
                        case 1 -> SearchQuery.of(a + " " + b);
                        case 2 -> SearchQuery.of("\"" + a + "の" + b + "\"");
                        default -> new SearchQuery(a, null, BenchCorpus.TYPES[i % 7], null, null, null, null, null,
                                SearchSort.RELEVANCE, 0, 10);
                    };
                    long t0 = System.nanoTime();
                    keeper.read((s, f) -> search.search(s, f, query, reader, synonyms));
                    all.add(System.nanoTime() - t0);
                }
                Collections.sort(all);
                System.out.printf("round %d service p50 %.2f p90 %.2f p99 %.2f%n", round, all.get(1000) / 1e6, all.get(1800) / 1e6, all.get(1980) / 1e6);
            }
        }
    }
}
