package org.taiwa.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups of words that mean the same ({@code J-VER, オフセット・クレジット}), compared after
 * {@link TextNormalizer}. Applied to the query, not the index, so that the secretariat's edits take effect
 * without reindexing: a word that contains one member of a group also stands for the word with each other
 * member in its place. Pure.
 */
public record SynonymSet(List<List<String>> groups) {

    /** The most alternatives one word expands to, itself included. */
    static final int MAX_ALTERNATIVES = 8;

    public static final SynonymSet NONE = new SynonymSet(List.of());

    public SynonymSet {
        groups = groups.stream().map(List::copyOf).toList();
    }

    /**
     * Reads one group per line, members separated by {@code ,} or {@code =}; {@code #} starts a comment.
     * Groups of fewer than two members are dropped.
     */
    public static SynonymSet parse(String text) {
        var groups = new ArrayList<List<String>>();
        for (String line : text.split("\\R")) {
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            var members = new LinkedHashSet<String>();
            for (String member : content.split("[,=、，＝]")) {
                if (!member.isBlank()) {
                    members.add(member.strip());
                }
            }
            if (members.size() >= 2) {
                groups.add(List.copyOf(members));
            }
        }
        return new SynonymSet(groups);
    }

    /** One line per group, as {@link #parse} reads it. */
    public String format() {
        var out = new StringBuilder();
        groups.forEach(group -> out.append(String.join(", ", group)).append('\n'));
        return out.toString();
    }

    /** The folded word and what it also stands for. */
    public List<String> expand(String word) {
        String folded = TextNormalizer.normalize(word);
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(folded);
        for (List<String> group : groups) {
            for (String member : group) {
                String m = TextNormalizer.normalize(member);
                if (!m.isEmpty() && folded.contains(m)) {
                    for (String other : group) {
                        alternatives.add(folded.replace(m, TextNormalizer.normalize(other)));
                    }
                }
            }
        }
        return alternatives.stream().limit(MAX_ALTERNATIVES).toList();
    }
}
