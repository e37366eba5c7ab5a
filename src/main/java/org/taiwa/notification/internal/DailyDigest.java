package org.taiwa.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.taiwa.directory.Member;
import org.taiwa.directory.MemberProfiles;
import org.taiwa.notification.Notification;
import org.taiwa.notification.NotificationProperties;

/**
 * The daily e-mail digest: one mail per member and day with the notices they have not read and that no
 * earlier digest listed. Before sending, a node claims the member's day with one conditional update of
 * their {@link DigestDocument} (compare-and-set on the last day), so two nodes or a retry never send twice;
 * a failed send gives the claim back, so the next run tries again. Off when no mail server is configured.
 */
@Component
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final MongoTemplate mongo;
    private final MemberProfiles profiles;
    private final DigestMail mail;
    private final JavaMailSender sender;
    private final NotificationProperties properties;

    DailyDigest(MongoTemplate mongo, MemberProfiles profiles, DigestMail mail, ObjectProvider<JavaMailSender> sender,
                NotificationProperties properties) {
        this.mongo = mongo;
        this.profiles = profiles;
        this.mail = mail;
        this.sender = sender.getIfAvailable();
        this.properties = properties;
        if (this.sender == null) {
            log.info("No mail server configured (spring.mail.host): the daily e-mail digest is off.");
        }
    }

    public boolean enabled() {
        return sender != null;
    }

    /**
     * Sends the digests due on the day of {@code now} (in the network's zone).
     *
     * @return how many mails were sent
     */
    public int send(Instant now) {
        if (!enabled()) {
            return 0;
        }
        String today = LocalDate.ofInstant(now, properties.zone()).toString();
        var unread = Query.query(Criteria.where(NotificationDocument.READ_AT).is(null));
        List<String> recipients = mongo.findDistinct(unread, NotificationDocument.RECIPIENT,
                NotificationDocument.class, String.class);
        int sent = 0;
        for (String username : recipients) {
            try {
                sent += sendTo(username, today, now) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Could not send the digest to {}", username, e);
            }
        }
        return sent;
    }

    private boolean sendTo(String username, String today, Instant now) {
        SettingsDocument settings = mongo.findById(username, SettingsDocument.class);
        Member member = profiles.byUsername(username).orElse(null);
        if ((settings != null && !settings.digestOn()) || member == null || member.email().isBlank()) {
            return false;
        }
        DigestDocument last = lastDigest(username);
        if (last.lastDigestDate().compareTo(today) >= 0) {
            return false;
        }
        var since = Query.query(Criteria.where(NotificationDocument.RECIPIENT).is(username)
                .and(NotificationDocument.READ_AT).is(null).and(NotificationDocument.CREATED_AT).gt(last.lastDigestAt()));
        int total = Math.toIntExact(mongo.count(since, NotificationDocument.class));
        if (total == 0 || !claim(last, today, now)) {
            return false;
        }
        List<Notification> notices = mongo.find(since.with(Sort.by(Sort.Direction.DESC, NotificationDocument.CREATED_AT))
                .limit(DigestMail.MAX_LISTED), NotificationDocument.class).stream()
                .map(NotificationDocument::toNotification).toList();
        try {
            sender.send(mail.write(member, notices, total));
            return true;
        } catch (MailException e) {
            release(last, today, now);
            throw e;
        }
    }

    /** The member's digest state, created empty on first use so that the claim can be a plain conditional update. */
    private DigestDocument lastDigest(String username) {
        var update = new Update().setOnInsert(DigestDocument.LAST_DIGEST_DATE, "")
                .setOnInsert(DigestDocument.LAST_DIGEST_AT, Instant.EPOCH);
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(username)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), DigestDocument.class);
    }

    /** True if this call moved the member's last digest from what was read to today: only one caller can. */
    private boolean claim(DigestDocument last, String today, Instant now) {
        var unchanged = Query.query(Criteria.where("_id").is(last.username())
                .and(DigestDocument.LAST_DIGEST_DATE).is(last.lastDigestDate()));
        return mongo.updateFirst(unchanged, new Update().set(DigestDocument.LAST_DIGEST_DATE, today)
                .set(DigestDocument.LAST_DIGEST_AT, now), DigestDocument.class).getModifiedCount() > 0;
    }

    private void release(DigestDocument last, String today, Instant now) {
        var ours = Query.query(Criteria.where("_id").is(last.username()).and(DigestDocument.LAST_DIGEST_DATE).is(today)
                .and(DigestDocument.LAST_DIGEST_AT).is(now));
        mongo.updateFirst(ours, new Update().set(DigestDocument.LAST_DIGEST_DATE, last.lastDigestDate())
                .set(DigestDocument.LAST_DIGEST_AT, last.lastDigestAt()), DigestDocument.class);
    }
}
