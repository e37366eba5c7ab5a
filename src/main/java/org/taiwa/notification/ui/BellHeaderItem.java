package org.taiwa.notification.ui;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.taiwa.notification.Notifications;
import org.taiwa.security.CurrentMember;
import org.taiwa.shell.HeaderItem;

/** Puts the bell into the header of every page for signed-in members. */
@Component
@Order(0)
class BellHeaderItem implements HeaderItem {

    private final Notifications notifications;
    private final CurrentMember currentMember;

    BellHeaderItem(Notifications notifications, CurrentMember currentMember) {
        this.notifications = notifications;
        this.currentMember = currentMember;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        return currentMember.get().map(member -> new NotificationBell(notifications));
    }
}
