package org.taiwa.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One notice to one member.
 *
 * @param actor     the username of who caused it; empty for reminders
 * @param params    the parameters of the kind's message (names, titles, times), already formatted
 * @param route     where it leads inside the portal, e.g. {@code threads/<id>}
 * @param readAt    when the member read it; null while unread
 */
public record Notification(NotificationId id, String recipient, NotificationKind kind, String actor,
                           List<String> params, String route, Instant createdAt, Instant readAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        actor = Objects.requireNonNullElse(actor, "");
        params = List.copyOf(params);
        route = Objects.requireNonNullElse(route, "");
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** The message parameters as {@code MessageFormat} takes them. */
    public Object[] messageParams() {
        return params.toArray();
    }
}
