package org.taiwa.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import org.taiwa.notification.NotificationKind;

/**
 * Writes notifications at most once each. The unique index on {@code (recipient, kind, subject)} is
 * created before the first job or listener runs; a duplicate insert is the normal answer to a repeated
 * event, not an error.
 */
@Component
public class NotificationStore implements InitializingBean {

    /** How notices write times (in the network's zone): the same in both languages. */
    static final String TIME_PATTERN = "yyyy-MM-dd HH:mm";

    private final MongoTemplate mongo;
    private final LiveNotices live;

    NotificationStore(MongoTemplate mongo, LiveNotices live) {
        this.mongo = mongo;
        this.live = live;
    }

    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(NotificationDocument.COLLECTION);
        indexes.createIndex(new Index().on(NotificationDocument.RECIPIENT, Sort.Direction.ASC)
                .on(NotificationDocument.KIND, Sort.Direction.ASC).on(NotificationDocument.SUBJECT, Sort.Direction.ASC)
                .unique().named("recipient_kind_subject"));
        // for the newest-first list and the unread count (MongoDB uses it; the embedded server scans)
        indexes.createIndex(new Index().on(NotificationDocument.RECIPIENT, Sort.Direction.ASC)
                .on(NotificationDocument.CREATED_AT, Sort.Direction.DESC));
    }

    /**
     * Stores the notice unless the recipient has it already, and tells the recipient's open pages.
     *
     * @return true if it was new
     */
    boolean deliver(Notice notice) {
        var document = new NotificationDocument(UUID.randomUUID().toString(), notice.recipient(), notice.kind(),
                notice.subject(), notice.spaceId(), notice.actor(), notice.params(), notice.route(), notice.at(), null);
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            return false;
        }
        live.publish(document.toNotification());
        return true;
    }

    /** What to tell one recipient; {@code (recipient, kind, subject)} makes it unique. */
    record Notice(String recipient, NotificationKind kind, String subject, String spaceId, String actor,
                  List<String> params, String route, Instant at) {
    }
}
