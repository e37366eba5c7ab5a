package org.taiwa.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a member typed, read leniently: words separated by spaces must all match, {@code "…"} is a phrase,
 * {@code -word} excludes. Nothing here can fail: an unclosed quote closes at the end, a lone {@code -} or
 * operator is ignored, and a text that is too long is cut; each such repair is reported as a notice (an
 * i18n key) so the member learns what was searched. Pure.
 */
public record UserQuery(List<Clause> clauses, Set<String> notices) {

    /** The longest text read, in characters; the rest is cut off. */
    public static final int MAX_CHARS = 500;
    /** The most clauses read; further words are ignored. */
    public static final int MAX_CLAUSES = 16;

    public static final String NOTICE_TRUNCATED = "search.notice.truncated";
    public static final String NOTICE_UNCLOSED_QUOTE = "search.notice.unclosed-quote";
    public static final String NOTICE_TOO_MANY_WORDS = "search.notice.too-many-words";

    /**
     * One word or phrase.
     *
     * @param text     as typed, without quotes or minus
     * @param phrase   quoted: matched as written (folded), without synonyms or era years
     * @param excluded preceded by {@code -}
     */
    public record Clause(String text, boolean phrase, boolean excluded) {
    }

    public UserQuery {
        clauses = List.copyOf(clauses);
        notices = Set.copyOf(notices);
    }

    public List<Clause> positive() {
        return clauses.stream().filter(c -> !c.excluded()).toList();
    }

    public List<Clause> excluded() {
        return clauses.stream().filter(Clause::excluded).toList();
    }

    public static UserQuery parse(String input) {
        var notices = new LinkedHashSet<String>();
        String text = input == null ? "" : input.strip();
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS);
            notices.add(NOTICE_TRUNCATED);
        }
        var clauses = new ArrayList<Clause>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' || c == '－' || c == '−') {
                excluded = true;
                i++;
                if (i >= text.length() || isSpace(text.charAt(i))) {
                    continue;
                }
                c = text.charAt(i);
            }
            if (isQuote(c)) {
                int close = closingQuote(text, i + 1);
                if (close < 0) {
                    notices.add(NOTICE_UNCLOSED_QUOTE);
                    close = text.length();
                }
                add(clauses, new Clause(text.substring(i + 1, close).strip(), true, excluded), notices);
                i = close + 1;
            } else {
                int end = i;
                while (end < text.length() && !isSpace(text.charAt(end)) && !isQuote(text.charAt(end))) {
                    end++;
                }
                add(clauses, new Clause(text.substring(i, end), false, excluded), notices);
                i = end;
            }
        }
        return new UserQuery(clauses, notices);
    }

    /** The query as a member would type it again (for "did you mean"). */
    public String text() {
        var out = new StringBuilder();
        for (Clause clause : clauses) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(clause.excluded() ? "-" : "").append(clause.phrase() ? "\"" + clause.text() + "\"" : clause.text());
        }
        return out.toString();
    }

    private static void add(List<Clause> clauses, Clause clause, Set<String> notices) {
        if (clause.text().isEmpty()) {
            return;
        }
        if (clauses.size() >= MAX_CLAUSES) {
            notices.add(NOTICE_TOO_MANY_WORDS);
            return;
        }
        clauses.add(clause);
    }

    private static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isQuote(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '＂';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
