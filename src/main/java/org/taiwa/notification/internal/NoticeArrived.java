package org.taiwa.notification.internal;

import java.util.Objects;

import org.taiwa.notification.Notification;
import org.taiwa.storage.NodeEvent;

/** A notice was stored for its recipient: their open pages on every node update the bell. */
public record NoticeArrived(Notification notification) implements NodeEvent {

    public NoticeArrived {
        Objects.requireNonNull(notification, "notification");
    }
}
