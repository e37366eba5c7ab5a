package org.taiwa.notification.ui;

import org.taiwa.notification.Notification;
import org.taiwa.notification.Notifications;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.RouterLink;

/**
 * The bell in the header: the unread count as a badge, and on click a popover with the latest notices,
 * "mark all read" and a link to the notifications page. New notices on this node update the count at once
 * (through {@code UI.access}, pushed when the app shell has push on). The notices are read and shown only while
 * the popover is open: every page has a bell, and keeping its list up to date while closed cost a database read
 * and eight components per open page for each notice (docs/decisions/0020-load.md).
 */
class NotificationBell extends Div {

    static final int LATEST = 8;

    private final Notifications notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();
    private Runnable unsubscribe = () -> { };

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        addClassName("taiwa-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.addClassName("taiwa-bell-count");
        list.setId("notification-list");
        list.addClassName("taiwa-notice-list");

        var markAll = new Button(getTranslation("notification.mark-all"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var title = new Span(getTranslation("notification.popover.title"));
        title.addClassName("taiwa-notice-title");
        var head = new Div(title, markAll);
        head.addClassName("taiwa-notice-head");
        var all = new RouterLink(getTranslation("notification.show-all"), NotificationsView.class);
        all.setId("notification-show-all");
        all.getElement().addEventListener("click", e -> popover.close());

        popover.setTarget(bell);
        popover.setOpenOnClick(true);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.setAriaLabel(getTranslation("notification.popover.title"));
        popover.add(head, list, all);
        popover.setId("notification-popover");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            } else {
                list.removeAll();
            }
        });
        add(bell, count, popover);
        refreshCount();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = notifications.subscribe(notice -> ui.access(() -> {
            if (popover.isOpened()) {
                refresh();
            } else {
                refreshCount();
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
    }

    /** The unread count and the latest notices (the popover is open). */
    void refresh() {
        refreshCount();
        list.removeAll();
        var latest = notifications.page(0, LATEST);
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("notification.empty")));
        }
        latest.forEach(notice -> list.add(item(notice)));
    }

    private void refreshCount() {
        int unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
    }

    private Div item(Notification notice) {
        var text = new Span(NoticeText.message(this, notice));
        var time = new Span(NoticeText.time(notice.createdAt()));
        time.addClassName("taiwa-notice-time");
        var item = new Div(text, time);
        item.addClassName("taiwa-notice");
        if (!notice.isRead()) {
            item.addClassName("taiwa-notice-unread");
        }
        item.addClickListener(e -> {
            notifications.markRead(notice.id());
            popover.close();
            refreshCount();
            getUI().ifPresent(ui -> ui.navigate(notice.route()));
        });
        return item;
    }
}
