package org.taiwa.notification.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.notification.Notification;
import org.taiwa.notification.NotificationId;
import org.taiwa.notification.NotificationKind;

/**
 * A notification as stored in {@code notifications}. {@code (recipient, kind, subject)} is unique
 * ({@link NotificationStore}): the subject names what the notice is about (a post, a proposal, a meeting at one time
 * of a meeting), so a repeated event, a second run of a job or a second node never tells anyone twice.
 *
 * @param subject what it is about, e.g. the post's id; part of the idempotency key
 * @param spaceId the space it happened in, for per-space views of one's notices
 */
@Document(NotificationDocument.COLLECTION)
public record NotificationDocument(@Id String id, String recipient, NotificationKind kind, String subject,
                                   String spaceId, String actor, List<String> params, String route,
                                   Instant createdAt, Instant readAt) {

    public static final String COLLECTION = "notifications";
    public static final String RECIPIENT = "recipient";
    public static final String KIND = "kind";
    public static final String SUBJECT = "subject";
    public static final String CREATED_AT = "createdAt";
    public static final String READ_AT = "readAt";

    public Notification toNotification() {
        return new Notification(new NotificationId(id), recipient, kind, actor, params == null ? List.of() : params,
                route, createdAt, readAt);
    }
}
