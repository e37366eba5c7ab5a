package org.taiwa.notification.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.PostPublished;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.ThreadId;
import org.taiwa.notification.NotificationLevel;
import org.taiwa.notification.NotificationSettings;
import org.taiwa.notification.Notifications;
import org.taiwa.security.MemberSignedIn;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.select.Select;

@TaiwaIntegrationTest
class NotificationsViewIT {

    static final SpaceId FORUM = new SpaceId("forum");

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationSettings settings;

    @Test
    void the_bell_shows_the_unread_count_and_the_latest_notices_and_marks_all_read() {
        SignedInMember me = signInNewMember();
        mention(me, "ベルのテスト 1");
        mention(me, "ベルのテスト 2");
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> notifications.unreadCount() == 2);

        UI.getCurrent().navigate("");
        Span count = _get(Span.class, spec -> spec.withId("notification-count"));
        assertThat(count.getText()).isEqualTo("2");
        assertThat(count.isVisible()).isTrue();
        Div list = _get(Div.class, spec -> spec.withId("notification-list"));
        assertThat(_find(list, Div.class, spec -> spec.withClasses("taiwa-notice")))
                .as("the notices are read when the popover opens, not for every page").isEmpty();
        Popover popover = _get(Popover.class, spec -> spec.withId("notification-popover"));
        popover.setOpened(true);
        assertThat(_find(list, Div.class, spec -> spec.withClasses("taiwa-notice taiwa-notice-unread")))
                .hasSize(2).first().extracting(item -> item.getElement().getTextRecursively())
                .asString().contains("「ベルのテスト 2」であなたに言及しました");

        _click(_get(Button.class, spec -> spec.withId("notification-mark-all")));

        assertThat(count.isVisible()).isFalse();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(_find(list, Div.class, spec -> spec.withClasses("taiwa-notice-unread"))).isEmpty();
        assertThat(_find(list, Div.class, spec -> spec.withClasses("taiwa-notice"))).hasSize(2);

        popover.setOpened(false);
        assertThat(_find(list, Div.class, spec -> spec.withClasses("taiwa-notice"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_notifications_page_lists_notices_and_changes_the_level_of_a_space_and_the_digest() {
        SignedInMember me = signInNewMember();
        mention(me, "一覧のテスト");
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> notifications.count() == 1);

        UI.getCurrent().navigate("notifications");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("notifications")))).isEqualTo(1);
        Select<NotificationLevel> forum = _get(Select.class, spec -> spec.withId("level-forum"));
        assertThat(forum.getValue()).isEqualTo(NotificationLevel.MENTIONS);
        assertThat(_find(Select.class, spec -> spec.withId("level-expert-committee"))).isEmpty();

        HasValueUtilsKt._setValue(forum, NotificationLevel.EVERYTHING);
        Checkbox digest = _get(Checkbox.class, spec -> spec.withId("notification-digest"));
        assertThat(digest.getValue()).isTrue();
        HasValueUtilsKt._setValue(digest, false);

        assertThat(settings.level(FORUM).level()).isEqualTo(NotificationLevel.EVERYTHING);
        assertThat(settings.level(FORUM).chosen()).isTrue();
        assertThat(settings.digest()).isFalse();
    }

    private SignedInMember signInNewMember() {
        String username = "bell." + UUID.randomUUID().toString().substring(0, 8);
        var member = new SignedInMember(username, "ベル テスト", username + "@demo.taiwa.example", Optional.empty(),
                Set.of(Role.MEMBER));
        events.publishEvent(new MemberSignedIn(member, Instant.now()));
        views.signInAs(member);
        return member;
    }

    private void mention(SignedInMember member, String title) {
        events.publishEvent(new PostPublished(new PostId(UUID.randomUUID().toString()),
                new ThreadId(UUID.randomUUID().toString()), FORUM, title, "staff.minato", null,
                Set.of(member.username()), Set.of(), Instant.now()));
    }
}
