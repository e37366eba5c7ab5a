package org.taiwa.search.internal;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/**
 * {@link TextNormalizer} in front of both tokenizers, with offsets corrected back to the original text.
 * Reads the whole field value at once: values are a document's extracted text at most, bounded by the
 * library's character limit.
 */
final class NormalizingCharFilter extends CharFilter {

    private TextNormalizer.Normalized normalized;
    private int position;

    NormalizingCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (normalized == null) {
            normalized = TextNormalizer.apply(readAll());
        }
        String text = normalized.text();
        if (position >= text.length()) {
            return -1;
        }
        int count = Math.min(length, text.length() - position);
        text.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    @Override
    protected int correct(int currentOffset) {
        return normalized == null ? currentOffset : normalized.original(currentOffset);
    }

    private String readAll() throws IOException {
        var text = new StringBuilder();
        char[] chunk = new char[4096];
        int read;
        while ((read = input.read(chunk)) != -1) {
            text.append(chunk, 0, read);
        }
        return text.toString();
    }
}
