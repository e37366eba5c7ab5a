package org.taiwa.notification;

/** What a notification tells; each has a message {@code notification.kind.<NAME>} in both languages. */
public enum NotificationKind {
    /** Someone named the member with {@code @username}. */
    MENTION,
    /** Someone named the member's municipality. */
    MUNICIPALITY_MENTION,
    /** Someone answered one of the member's posts. */
    REPLY,
    /** A thread was started in a space the member follows. */
    NEW_THREAD,
    /** A post was written in a space where the member wants everything. */
    NEW_POST,
    /** A proposal was put in a space the member follows. */
    PROPOSAL_OPENED,
    /** A proposal closes within a day and the member has not stated a position. */
    PROPOSAL_CLOSING,
    MEETING_SCHEDULED,
    MEETING_UPDATED,
    MEETING_CANCELLED,
    /** A joint-purchase campaign opened (told to every municipality). */
    CAMPAIGN_OPENED,
    /** A campaign the member's municipality signed up to closed, was allocated, settled or cancelled. */
    CAMPAIGN_CLOSED,
    CAMPAIGN_ALLOCATED,
    CAMPAIGN_SETTLED,
    CAMPAIGN_CANCELLED;

    /** The i18n key of the message; its parameters are {@link Notification#params()}. */
    public String messageKey() {
        return "notification.kind." + name();
    }
}
