package org.taiwa.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The passage of a text around the matches, as HTML: everything escaped, each match in {@code <mark>}. Matches
 * are found on the folded text ({@link TextNormalizer}), so {@code カーボンオフセット} marks
 * {@code カーボン・オフセット} and {@code CO2} marks {@code ＣＯ２}, and mapped back to the text as written.
 * Pure.
 */
public final class Snippets {

    /** Characters of context shown before the first match of the passage. */
    private static final int LEAD = 30;

    private Snippets() {
    }

    private record Match(int start, int end) {
    }

    /**
     * @param needles folded strings to mark, most important first
     * @param length  about how many characters the passage has
     */
    public static String make(String text, List<String> needles, int length) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        TextNormalizer.Normalized folded = TextNormalizer.apply(text);
        List<Match> matches = find(folded.text(), needles);
        int windowStart = bestWindow(matches, length);
        int from = Math.max(0, windowStart - LEAD);
        int to = Math.min(folded.text().length(), from + length);
        int originalFrom = folded.original(from);
        int originalTo = folded.original(to);
        var html = new StringBuilder();
        if (originalFrom > 0) {
            html.append('…');
        }
        int cursor = originalFrom;
        for (Match match : matches) {
            int start = folded.original(match.start());
            int end = originalEnd(folded, text, match.end());
            if (start < cursor || end > originalTo || end <= start) {
                continue;
            }
            escape(text, cursor, start, html);
            html.append("<mark>");
            escape(text, start, end, html);
            html.append("</mark>");
            cursor = end;
        }
        escape(text, cursor, originalTo, html);
        if (originalTo < text.length()) {
            html.append('…');
        }
        return html.toString();
    }

    /**
     * Where a match that ends at a folded position ends in the text as written. The folded position maps to
     * the next kept character, beyond a middle dot or dash that folding dropped in between: that belongs to
     * neither word, so {@code カーボン} marks {@code <mark>カーボン</mark>・オフセット}, not
     * {@code <mark>カーボン・</mark>オフセット}.
     */
    private static int originalEnd(TextNormalizer.Normalized folded, String text, int position) {
        int end = folded.original(position);
        int lastStart = folded.original(position - 1);
        while (end - 1 > lastStart && TextNormalizer.isJoiner(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Matches in text order, longer first where they start at the same place. */
    private static List<Match> find(String folded, List<String> needles) {
        var matches = new ArrayList<Match>();
        for (String needle : needles) {
            if (needle.isBlank()) {
                continue;
            }
            for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
                matches.add(new Match(at, at + needle.length()));
            }
        }
        matches.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        return matches;
    }

    /** Where the window with the most matches starts (the first match's start if all windows tie). */
    private static int bestWindow(List<Match> matches, int length) {
        int best = matches.isEmpty() ? 0 : matches.getFirst().start();
        int bestCount = 0;
        for (int i = 0; i < matches.size(); i++) {
            int count = 0;
            for (int j = i; j < matches.size() && matches.get(j).end() <= matches.get(i).start() + length - LEAD; j++) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                best = matches.get(i).start();
            }
        }
        return best;
    }

    static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n', '\r', '\t' -> html.append(' ');
                default -> html.append(c);
            }
        }
    }

    /** The text escaped, without marks. */
    public static String escape(String text) {
        var html = new StringBuilder();
        escape(text == null ? "" : text, 0, text == null ? 0 : text.length(), html);
        return html.toString();
    }
}
