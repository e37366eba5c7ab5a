package org.taiwa.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.notification.internal.LiveNotices;
import org.taiwa.notification.internal.NotificationDocument;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.policy.Permissions;

/**
 * The current member's notifications: newest first, the unread count, marking read. Every method works on
 * the signed-in member's own notices only.
 *
 * @throws AccessDeniedException (any method) for a visitor who is not signed in
 */
@Service
public class Notifications {

    /** The largest page one call returns. */
    public static final int MAX_PAGE_SIZE = 500;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc(NotificationDocument.CREATED_AT),
            Sort.Order.desc("_id"));

    private final MongoTemplate mongo;
    private final CurrentMember currentMember;
    private final LiveNotices live;
    private final Clock clock = Clock.systemUTC();

    Notifications(MongoTemplate mongo, CurrentMember currentMember, LiveNotices live) {
        this.mongo = mongo;
        this.currentMember = currentMember;
        this.live = live;
    }

    /** A slice of the member's notifications, newest first. */
    public List<Notification> page(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= " + MAX_PAGE_SIZE);
        }
        var query = mine().with(NEWEST_FIRST).skip(offset).limit(limit);
        return mongo.find(query, NotificationDocument.class).stream().map(NotificationDocument::toNotification)
                .toList();
    }

    public int count() {
        return Math.toIntExact(mongo.count(mine(), NotificationDocument.class));
    }

    public int unreadCount() {
        return Math.toIntExact(mongo.count(mineUnread(), NotificationDocument.class));
    }

    /**
     * Marks one of the member's notifications read; someone else's or an unknown one is left alone.
     *
     * @return true if it was unread
     */
    public boolean markRead(NotificationId id) {
        var query = mineUnread().addCriteria(Criteria.where("_id").is(id.value()));
        return mongo.updateFirst(query, Update.update(NotificationDocument.READ_AT, now()), NotificationDocument.class)
                .getModifiedCount() > 0;
    }

    /** @return how many were unread */
    public int markAllRead() {
        return Math.toIntExact(mongo.updateMulti(mineUnread(), Update.update(NotificationDocument.READ_AT, now()),
                NotificationDocument.class).getModifiedCount());
    }

    /**
     * Hears of the member's new notifications on this node (for the bell) until the returned handle runs.
     * The listener runs on the thread that stored the notice: it must hand the work over (e.g. {@code UI.access}).
     */
    public Runnable subscribe(Consumer<Notification> listener) {
        return live.subscribe(member().username(), listener);
    }

    private Query mine() {
        return Query.query(Criteria.where(NotificationDocument.RECIPIENT).is(member().username()));
    }

    private Query mineUnread() {
        return mine().addCriteria(Criteria.where(NotificationDocument.READ_AT).is(null));
    }

    private SignedInMember member() {
        var member = currentMember.get();
        Permissions.require(member.isPresent(), "read notifications");
        return member.orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
