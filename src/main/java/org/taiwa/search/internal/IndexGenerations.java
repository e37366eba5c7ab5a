package org.taiwa.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbered index folders under the index directory. A rebuild writes the next number while the current
 * one keeps answering; at start-up the newest complete index of the current schema is used (an interrupted
 * rebuild or an index of an older schema is deleted), or the newest incomplete one if none is complete (a
 * first build that was interrupted resumes).
 */
final class IndexGenerations {

    private final Path root;
    /** The highest number handed out: a deleted folder's number is not used again while running. */
    private int highest;

    IndexGenerations(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The folder to use now; all others are deleted. */
    Path choose() {
        List<Path> all = generations();
        Optional<Path> chosen = all.stream().filter(p -> usable(p, true)).findFirst()
                .or(() -> all.stream().filter(p -> usable(p, false)).findFirst());
        Path current = chosen.orElseGet(this::next);
        all.stream().filter(p -> !p.equals(current)).forEach(LuceneIndex::deleteDirectory);
        highest = Math.max(highest, Integer.parseInt(current.getFileName().toString()));
        return current;
    }

    /** A new, empty folder number for a rebuild. */
    synchronized Path next() {
        int number = Math.max(highest, generations().stream().map(p -> Integer.parseInt(p.getFileName().toString()))
                .max(Integer::compare).orElse(0)) + 1;
        highest = number;
        return root.resolve(String.valueOf(number));
    }

    private static boolean usable(Path generation, boolean mustBeComplete) {
        Map<String, String> data = LuceneIndex.commitData(generation);
        return LuceneIndex.SCHEMA_VERSION.equals(data.get(LuceneIndex.SCHEMA))
                && (!mustBeComplete || Boolean.parseBoolean(data.get(LuceneIndex.COMPLETE)));
    }

    /** Numbered folders, newest first. */
    private List<Path> generations() {
        try {
            Files.createDirectories(root);
            try (var entries = Files.list(root)) {
                return entries.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("\\d{1,9}"))
                        .sorted(Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString()))
                                .reversed())
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the search index folder " + root, e);
        }
    }
}
