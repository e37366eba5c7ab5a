package org.taiwa.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.MemberProfiles;
import org.taiwa.notification.NotificationKind;
import org.taiwa.notification.NotificationSettings;
import org.taiwa.notification.internal.NotificationStore.Notice;
import org.taiwa.security.SignedInMember;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

/** The digest over real SMTP: GreenMail listens where the test context's spring.mail.* points. */
@TaiwaIntegrationTest
class DailyDigestIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(TaiwaIntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    DailyDigest digest;
    @Autowired
    NotificationStore store;
    @Autowired
    NotificationSettings settings;
    @Autowired
    MemberProfiles profiles;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_member_gets_one_digest_a_day_in_their_language_with_what_they_have_not_read() throws Exception {
        var members = new TestMembers(events);
        SignedInMember japanese = members.create("digest-ja");
        SignedInMember english = members.create("digest-en");
        profiles.setLanguage(english.username(), Locale.ENGLISH);
        // a fixed morning far ahead, so that no digest of another test has claimed this day
        Instant morning = Instant.parse("2031-04-01T22:30:00Z");
        for (int i = 0; i < 3; i++) {
            store.deliver(notice(japanese, "排出係数の見直し " + i, morning.minusSeconds(3600 - i)));
        }
        store.deliver(notice(english, "Kamaishi credits", morning.minusSeconds(60)));

        assertThat(digest.enabled()).isTrue();
        digest.send(morning);

        MimeMessage ja = single(japanese);
        assertThat(ja.getSubject()).isEqualTo("Taiwa: 未読のお知らせ 3 件");
        assertThat(ja.getFrom()[0].toString()).contains("noreply@taiwa.example");
        String body = (String) ja.getContent();
        assertThat(body).contains("digest-ja テスト さん", "港区 職員 さんが「排出係数の見直し 2」であなたの投稿に返信しました",
                "http://localhost:8080/threads/t-1", "http://localhost:8080/notifications");
        MimeMessage en = single(english);
        assertThat(en.getSubject()).isEqualTo("Taiwa: 1 unread notification");
        assertThat((String) en.getContent()).contains("replied to your post in “Kamaishi credits”");

        // a second run the same day, as a retry or another node would make it, sends nothing more
        digest.send(morning.plus(Duration.ofMinutes(5)));
        assertThat(to(japanese)).hasSize(1);
        assertThat(to(english)).hasSize(1);

        // the next day: only what came since, and nothing for whom nothing came
        store.deliver(notice(japanese, "翌日の返信", morning.plus(Duration.ofHours(2))));
        digest.send(morning.plus(Duration.ofDays(1)));
        List<MimeMessage> japaneseMails = to(japanese);
        assertThat(japaneseMails).hasSize(2);
        assertThat(japaneseMails.get(1).getSubject()).isEqualTo("Taiwa: 未読のお知らせ 1 件");
        assertThat((String) japaneseMails.get(1).getContent()).contains("翌日の返信").doesNotContain("排出係数の見直し");
        assertThat(to(english)).hasSize(1);
    }

    @Test
    void a_member_who_switched_the_digest_off_gets_no_mail() throws Exception {
        var members = new TestMembers(events);
        SignedInMember off = members.create("digest-off");
        SignedInMember on = members.create("digest-on");
        TestMembers.signIn(off);
        settings.setDigest(false);
        assertThat(settings.digest()).isFalse();
        Instant morning = Instant.parse("2031-05-01T22:30:00Z");
        store.deliver(notice(off, "届かない", morning.minusSeconds(60)));
        store.deliver(notice(on, "届く", morning.minusSeconds(60)));

        digest.send(morning);

        assertThat(to(off)).isEmpty();
        assertThat(to(on)).hasSize(1);
    }

    private static Notice notice(SignedInMember recipient, String title, Instant at) {
        return new Notice(recipient.username(), NotificationKind.REPLY, UUID.randomUUID().toString(), "forum",
                "staff.minato", List.of("港区 職員", title), "threads/t-1", at);
    }

    private static MimeMessage single(SignedInMember member) {
        List<MimeMessage> mails = to(member);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static List<MimeMessage> to(SignedInMember member) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).map(Address::toString).anyMatch(member.email()::equals);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
