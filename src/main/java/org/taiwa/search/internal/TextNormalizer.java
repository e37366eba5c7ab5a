package org.taiwa.search.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one spelling-folding step that indexing, querying and snippets share, so that they cannot disagree:
 * NFKC (full-width and half-width forms, ㈱, CO₂, half-width katakana with its voicing marks), lower case,
 * and punctuation inside compounds ({@code カーボン・オフセット} = {@code カーボンオフセット}, {@code J-VER} =
 * {@code JVER}). A dash after a katakana sound is a long-vowel mark typed with the wrong key
 * ({@code カ-ボン} = {@code カーボン}). Keeps, for each character of the result, the offset of the
 * original character it came from, so that highlights land on the text as written. Pure, no Lucene.
 */
public final class TextNormalizer {

    /** The normalized text and, for each of its positions (and its end), the offset in the original. */
    public record Normalized(String text, int[] offsets) {

        /** The original offset of a normalized position (its length included). */
        public int original(int position) {
            return offsets[Math.min(Math.max(position, 0), offsets.length - 1)];
        }
    }

    private TextNormalizer() {
    }

    public static String normalize(CharSequence text) {
        return apply(text).text();
    }

    public static Normalized apply(CharSequence input) {
        Normalized folded = fold(input);
        return joinCompounds(folded);
    }

    /** NFKC and lower case, one base character with its combining marks at a time. */
    private static Normalized fold(CharSequence input) {
        var out = new StringBuilder(input.length());
        int[] offsets = new int[input.length() + 1];
        int count = 0;
        int i = 0;
        while (i < input.length()) {
            int end = segmentEnd(input, i);
            String segment = input.subSequence(i, end).toString();
            String folded = isPlain(segment) ? segment.toLowerCase(Locale.ROOT)
                    : Normalizer.normalize(segment, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            offsets = ensure(offsets, count + folded.length() + 1);
            for (int k = 0; k < folded.length(); k++) {
                offsets[count++] = i;
            }
            out.append(folded);
            i = end;
        }
        offsets[count] = input.length();
        return new Normalized(out.toString(), Arrays.copyOf(offsets, count + 1));
    }

    private static Normalized joinCompounds(Normalized folded) {
        String text = folded.text();
        var out = new StringBuilder(text.length());
        int[] offsets = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char previous = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (isDash(c) && isKatakanaSound(previous)) {
                c = 'ー';
            } else if ((isDash(c) || isDot(c)) && isWordLetter(previous) && isWordLetter(next)) {
                continue;
            }
            out.append(c);
            offsets[count++] = folded.offsets()[i];
        }
        offsets[count] = folded.offsets()[text.length()];
        return new Normalized(out.toString(), Arrays.copyOf(offsets, count + 1));
    }

    /** A base character and the marks that combine with it (half-width voicing marks included). */
    private static int segmentEnd(CharSequence s, int start) {
        int end = start + Character.charCount(Character.codePointAt(s, start));
        while (end < s.length()) {
            int cp = Character.codePointAt(s, end);
            int type = Character.getType(cp);
            boolean combining = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || cp == 0xFF9E || cp == 0xFF9F;
            if (!combining) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    /** Most text is plain ASCII or common kana and kanji, which NFKC leaves alone: skip the normalizer. */
    private static boolean isPlain(String segment) {
        if (segment.length() != 1) {
            return false;
        }
        char c = segment.charAt(0);
        return c < 0x80 || (c >= 0x3041 && c <= 0x30FA) || (c >= 0x4E00 && c <= 0x9FFF);
    }

    /** A character as written that folds to the punctuation dropped inside compounds (・, ･, -, －, …). */
    static boolean isJoiner(char c) {
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return folded.length() == 1 && (isDash(folded.charAt(0)) || isDot(folded.charAt(0)));
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63';
    }

    private static boolean isDot(char c) {
        return c == '\u30FB' || c == '\u00B7' || c == '\u2022';
    }

    /** A katakana sound that a long vowel can follow (not ン or ッ, after which a dash separates words). */
    private static boolean isKatakanaSound(char c) {
        return c >= '\u30A1' && c <= '\u30FA' && c != 'ン' && c != 'ッ';
    }

    /** Letters of words (kana, kanji, Latin), not digits: 2011-2012 keeps its dash. */
    private static boolean isWordLetter(char c) {
        return Character.isLetter(c);
    }

    private static int[] ensure(int[] array, int size) {
        return array.length >= size ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }
}
