package org.taiwa.notification;

/** Identifies one notification of one member. */
public record NotificationId(String value) {

    public NotificationId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a notification id must not be blank");
        }
    }
}
