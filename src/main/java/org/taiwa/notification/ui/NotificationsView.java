package org.taiwa.notification.ui;

import org.taiwa.notification.Notification;
import org.taiwa.notification.NotificationLevel;
import org.taiwa.notification.NotificationSettings;
import org.taiwa.notification.Notifications;
import org.taiwa.notification.SpaceLevel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** All of the member's notifications, newest first, and their settings: a level per space and the digest. */
@Route("notifications")
@Menu(title = "nav.notifications", order = 20)
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final Notifications notifications;
    private final Grid<Notification> grid = new Grid<>();

    NotificationsView(Notifications notifications, NotificationSettings settings) {
        this.notifications = notifications;
        var markAll = new Button(getTranslation("notification.mark-all"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        markAll.setId("notifications-mark-all");
        add(new H1(getTranslation("notifications.title")), markAll, list(),
                new H2(getTranslation("notifications.settings")), settings(settings));
    }

    private Grid<Notification> list() {
        grid.setId("notifications");
        grid.addColumn(notice -> NoticeText.time(notice.createdAt())).setHeader(getTranslation("notifications.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::message).setHeader(getTranslation("notifications.what"));
        grid.setItems(query -> notifications.page(query.getOffset(), query.getLimit()).stream(),
                query -> notifications.count());
        grid.addItemClickListener(e -> {
            notifications.markRead(e.getItem().id());
            getUI().ifPresent(ui -> ui.navigate(e.getItem().route()));
        });
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.setHeight("24rem");
        return grid;
    }

    private Component message(Notification notice) {
        var text = new Span(NoticeText.message(this, notice));
        if (!notice.isRead()) {
            text.addClassName("taiwa-notice-unread");
        }
        return text;
    }

    private Component settings(NotificationSettings settings) {
        var digest = new Checkbox(getTranslation("notifications.digest"), settings.digest());
        digest.setId("notification-digest");
        digest.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                settings.setDigest(e.getValue());
            }
        });
        var form = new FormLayout();
        form.setId("notification-levels");
        for (SpaceLevel level : settings.levels()) {
            form.add(levelSelect(settings, level));
        }
        var layout = new VerticalLayout(new Paragraph(getTranslation("notifications.settings.explain")), form, digest);
        layout.setPadding(false);
        return layout;
    }

    private Select<NotificationLevel> levelSelect(NotificationSettings settings, SpaceLevel level) {
        var select = new Select<NotificationLevel>();
        select.setId("level-" + level.space().id().value());
        select.setLabel(NoticeText.name(level.space(), getLocale()));
        select.setItems(NotificationLevel.values());
        select.setItemLabelGenerator(l -> getTranslation("enum.NotificationLevel." + l.name()));
        select.setValue(level.level());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                settings.setLevel(level.space().id(), e.getValue());
            }
        });
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | " + getTranslation("app.name");
    }
}
