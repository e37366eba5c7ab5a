package org.taiwa.discussion.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a split leaves where the branch was: a short post in Japanese and English naming the new thread.
 * It is stored as a post, so it is written in both languages at once from the i18n bundles.
 */
public final class SplitNote {

    private static final String BUNDLE = "i18n/messages";
    private static final String KEY = "discussion.split.note";

    private SplitNote() {
    }

    /** The note's Markdown; the title is escaped so that it shows as written. */
    public static String text(String title) {
        String escaped = title.replaceAll("([\\\\`*_\\[\\]<>#!|~])", "\\\\$1");
        return format(Locale.JAPANESE, escaped) + "\n\n" + format(Locale.ENGLISH, escaped);
    }

    private static String format(Locale language, String title) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(KEY);
        return new MessageFormat(pattern, language).format(new Object[] {title});
    }
}
