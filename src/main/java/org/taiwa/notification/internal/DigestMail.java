package org.taiwa.notification.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.taiwa.directory.Member;
import org.taiwa.notification.Notification;
import org.taiwa.notification.NotificationProperties;

import com.vaadin.flow.i18n.I18NProvider;

/** Writes one member's digest as plain text in their language, with links into the portal. */
@Component
class DigestMail {

    /** The most notices one mail lists; the rest are counted and linked. */
    static final int MAX_LISTED = 30;

    private final I18NProvider i18n;
    private final NotificationProperties properties;

    DigestMail(I18NProvider i18n, NotificationProperties properties) {
        this.i18n = i18n;
        this.properties = properties;
    }

    /**
     * @param unread the notices, newest first (at most {@link #MAX_LISTED} are listed)
     * @param total  how many unread notices the digest is about
     */
    SimpleMailMessage write(Member member, List<Notification> unread, int total) {
        Locale language = member.language();
        var text = new StringBuilder();
        text.append(t(language, "notification.digest.greeting", member.displayName())).append("\n\n");
        text.append(t(language, "notification.digest.intro", total)).append("\n\n");
        for (Notification notice : unread.stream().limit(MAX_LISTED).toList()) {
            text.append("・").append(t(language, notice.kind().messageKey(), notice.messageParams())).append('\n');
            text.append("  ").append(link(notice.route())).append('\n');
        }
        if (total > MAX_LISTED) {
            text.append('\n').append(t(language, "notification.digest.more", total - MAX_LISTED)).append('\n');
        }
        text.append('\n').append(t(language, "notification.digest.footer", link("notifications"))).append('\n');

        var mail = new SimpleMailMessage();
        mail.setFrom(properties.mailFrom());
        mail.setTo(member.email());
        mail.setSubject(t(language, "notification.digest.subject", total));
        mail.setText(text.toString());
        return mail;
    }

    private String link(String route) {
        return properties.baseUrl() + "/" + route;
    }

    private String t(Locale language, String key, Object... params) {
        return i18n.getTranslation(key, language, params);
    }
}
