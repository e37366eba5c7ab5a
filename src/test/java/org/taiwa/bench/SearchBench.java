package org.taiwa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;

import org.taiwa.search.internal.SearchBenchmark;

/**
 * Bench command for the search figures of issue 5: 100,000 generated Japanese documents (fixed seed),
 * indexing rate, full rebuild while answering, query latency through the search path against bare Lucene,
 * save-to-searchable. Prints the figures and appends them to docs/benchmarks.md. Run:
 * {@code scripts/bench.sh search} (an optional argument gives another number of documents).
 */
public final class SearchBench {

    private SearchBench() {
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].strip()) : 100_000;
        String loadBefore = load();
        List<SearchBenchmark.Figure> figures = SearchBenchmark.run(documents);
        String loadAfter = load();
        var table = new StringBuilder();
        table.append("\n## Search (").append(LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(")\n");
        table.append("Generated corpus (seed 20120531), index in a temporary folder, the feed in memory (reading "
                + "MongoDB is not included); queries as the viewer staff.mitaka (the permission filter applies). "
                + "Load average (1 min) before and after: " + loadBefore + " / " + loadAfter
                + " — other processes on the same 2 cores slow every figure.\n");
        table.append("| figure | target | measured |\n|---|---|---|\n");
        for (SearchBenchmark.Figure f : figures) {
            table.append("| ").append(f.name()).append(" | ").append(f.target()).append(" | ").append(f.value())
                    .append(" |\n");
        }
        System.out.print(table);
        if (documents == 100_000) {
            Files.writeString(Path.of("docs/benchmarks.md"), table, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
    }

}
