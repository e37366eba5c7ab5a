package org.taiwa.discussion.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.taiwa.discussion.Space;

/** Small formatting shared by the discussion views. */
final class DiscussionText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private DiscussionText() {
    }

    static String name(Space space, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english && space.nameEn() != null && !space.nameEn().isBlank() ? space.nameEn() : space.nameJa();
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
