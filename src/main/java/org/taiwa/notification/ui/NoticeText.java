package org.taiwa.notification.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.taiwa.discussion.Space;
import org.taiwa.notification.Notification;

import com.vaadin.flow.component.Component;

/** Small formatting shared by the bell and the notifications page. */
final class NoticeText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private NoticeText() {
    }

    static String message(Component in, Notification notice) {
        return in.getTranslation(notice.kind().messageKey(), notice.messageParams());
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String name(Space space, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english && !space.nameEn().isBlank() ? space.nameEn() : space.nameJa();
    }
}
