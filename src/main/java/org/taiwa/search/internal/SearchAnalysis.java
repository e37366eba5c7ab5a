package org.taiwa.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the analyzers from the directory's municipality CSV (first column: the Japanese name) and the terms
 * list ({@code config/search-terms.txt}). The index depends on both: a change to either needs a rebuild
 * (bump {@link LuceneIndex#SCHEMA_VERSION}).
 */
public final class SearchAnalysis {

    private SearchAnalysis() {
    }

    public static JapaneseAnalyzers analyzers(InputStream municipalitiesCsv, InputStream terms) {
        List<String> names = new ArrayList<>();
        List<String> lines = lines(municipalitiesCsv);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String name = line.split(",", 2)[0].strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return new JapaneseAnalyzers(UserDictionaryText.open(UserDictionaryText.of(names, lines(terms))));
    }

    private static List<String> lines(InputStream in) {
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search dictionary sources", e);
        }
    }
}
