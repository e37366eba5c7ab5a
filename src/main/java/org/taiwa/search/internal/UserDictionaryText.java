package org.taiwa.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.ja.dict.UserDictionary;

/**
 * Kuromoji's user dictionary, built from the municipality names of the directory CSV and a list of network
 * terms. Entries are folded like the text ({@link TextNormalizer}: lower case, no inner punctuation), since
 * the tokenizer sees folded text. A municipality is cut into its name and its suffix (武蔵野 / 市), so that
 * {@code 武蔵野} finds {@code 武蔵野市}; a term is written with spaces where it should be cut
 * ({@code カーボン オフセット}), without where it stays one word.
 */
public final class UserDictionaryText {

    private UserDictionaryText() {
    }

    /**
     * @param municipalities Japanese names ending in 区, 市, 町 or 村
     * @param terms          one per element; spaces mark the cuts
     */
    public static String of(List<String> municipalities, List<String> terms) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String name : municipalities) {
            String n = TextNormalizer.normalize(name.strip());
            if (n.length() >= 2) {
                entries.putIfAbsent(n, entry(n, n.substring(0, n.length() - 1) + " " + n.charAt(n.length() - 1),
                        "自治体名"));
            }
        }
        for (String term : terms) {
            String t = term.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String cuts = TextNormalizer.normalize(t).replaceAll("\\s+", " ");
            String surface = cuts.replace(" ", "");
            entries.putIfAbsent(surface, entry(surface, cuts, "用語"));
        }
        return String.join("\n", entries.values()) + "\n";
    }

    public static UserDictionary open(String text) {
        try {
            return UserDictionary.open(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the user dictionary from a string cannot fail", e);
        }
    }

    /** surface,segmentation,readings,part of speech; the readings repeat the segments (none are used). */
    private static String entry(String surface, String segmentation, String partOfSpeech) {
        return surface + "," + segmentation + "," + segmentation + "," + partOfSpeech;
    }
}
