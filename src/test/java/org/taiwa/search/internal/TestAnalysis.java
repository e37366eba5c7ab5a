package org.taiwa.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The analyzers as the application builds them, from the files in config/. */
final class TestAnalysis {

    static final JapaneseAnalyzers ANALYZERS = load();

    private TestAnalysis() {
    }

    private static JapaneseAnalyzers load() {
        try (var csv = Files.newInputStream(Path.of("config/tokyo-62-municipalities.csv"));
             var terms = Files.newInputStream(Path.of("config/search-terms.txt"))) {
            return SearchAnalysis.analyzers(csv, terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
