package org.taiwa.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.notification.Notification;
import org.taiwa.notification.NotificationKind;
import org.taiwa.notification.Notifications;
import org.taiwa.notification.internal.NotificationStore.Notice;
import org.taiwa.security.SignedInMember;

@TaiwaIntegrationTest
class NotificationsIT {

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationStore store;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_list_is_newest_first_and_marking_read_lowers_the_unread_count() {
        SignedInMember me = new TestMembers(events).create("inbox");
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            assertThat(store.deliver(notice(me, "post-" + i, start.plusSeconds(i)))).isTrue();
        }
        TestMembers.signIn(me);

        List<Notification> page = notifications.page(0, 10);
        assertThat(page).extracting(n -> n.params().get(1)).containsExactly("post-2", "post-1", "post-0");
        assertThat(notifications.unreadCount()).isEqualTo(3);

        assertThat(notifications.markRead(page.get(1).id())).isTrue();
        assertThat(notifications.markRead(page.get(1).id())).isFalse();
        assertThat(notifications.unreadCount()).isEqualTo(2);
        assertThat(notifications.page(0, 10).get(1).isRead()).isTrue();

        assertThat(notifications.markAllRead()).isEqualTo(2);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.count()).isEqualTo(3);
    }

    @Test
    void the_same_notice_is_stored_once_and_nobody_reads_or_marks_someone_elses() {
        var members = new TestMembers(events);
        SignedInMember me = members.create("owner");
        SignedInMember other = members.create("other");
        Notice notice = notice(me, "once", Instant.now());
        assertThat(store.deliver(notice)).isTrue();
        assertThat(store.deliver(notice)).isFalse();

        TestMembers.signIn(me);
        Notification mine = notifications.page(0, 10).getFirst();
        TestMembers.signIn(other);
        assertThat(notifications.page(0, 10)).isEmpty();
        assertThat(notifications.markRead(mine.id())).isFalse();
        assertThat(notifications.markAllRead()).isZero();
        TestMembers.signIn(me);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void a_new_notice_reaches_the_members_listeners_on_this_node() {
        SignedInMember me = new TestMembers(events).create("live");
        TestMembers.signIn(me);
        List<Notification> heard = new ArrayList<>();
        Runnable unsubscribe = notifications.subscribe(heard::add);

        store.deliver(notice(me, "live-1", Instant.now()));
        unsubscribe.run();
        store.deliver(notice(me, "live-2", Instant.now()));

        assertThat(heard).extracting(n -> n.params().get(1)).containsExactly("live-1");
    }

    @Test
    void a_visitor_has_no_notifications() {
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AccessDeniedException.class);
    }

    private static Notice notice(SignedInMember recipient, String title, Instant at) {
        return new Notice(recipient.username(), NotificationKind.REPLY, UUID.randomUUID() + title, "forum",
                "staff.minato", List.of("港区 職員", title), "threads/t-" + title, at);
    }
}
