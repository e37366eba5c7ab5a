package org.taiwa.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

@TaiwaIntegrationTest
class ModerationViewsIT {

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Autowired
    ThreadService threads;

    @Test
    void a_moderator_hides_a_reply_with_a_reason_and_a_member_sees_only_the_reason() {
        views.signIn("staff.hachioji");
        Thread thread = threads.start(new SpaceId("forum"), "非表示の画面 " + UUID.randomUUID(), "本文");
        Post reply = threads.reply(thread.id(), null, "削除すべき個人情報");

        views.signIn("moderator.musashino");
        UI.getCurrent().navigate("threads/" + thread.id().value());
        assertThat(_find(HorizontalLayout.class, spec -> spec.withId("moderation-thread"))).hasSize(1);
        PostCard card = card(reply);
        _click(_get(card, Button.class, spec -> spec.withClasses("taiwa-mod-hide")));
        _click(_get(Button.class, spec -> spec.withId("moderation-hide-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("moderation-hide-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(threads.read(thread.id(), 0, 10).posts().get(1).post().hidden()).isFalse();

        reason.setValue("個人情報のため");
        _click(_get(Button.class, spec -> spec.withId("moderation-hide-confirm")));
        assertThat(_find(Dialog.class, spec -> spec.withId("moderation-hide-dialog"))).isEmpty();
        card = card(reply);
        assertThat(_get(card, Div.class, spec -> spec.withClasses("taiwa-hidden-notice")).getElement()
                .getTextRecursively()).contains("モデレーターにより非表示: 個人情報のため").contains("非表示中");
        assertThat(card.getElement().getOuterHTML()).contains("削除すべき個人情報");
        assertThat(_find(card, Button.class, spec -> spec.withClasses("taiwa-mod-unhide"))).hasSize(1);

        views.signIn("staff.minato");
        UI.getCurrent().navigate("threads/" + thread.id().value());
        card = card(reply);
        assertThat(card.getElement().getOuterHTML()).contains("個人情報のため").doesNotContain("削除すべき個人情報");
        assertThat(card.offered()).doesNotContain("reply", "quote");
        assertThat(_find(Button.class, spec -> spec.withClasses("taiwa-mod-hide"))).isEmpty();
        assertThat(_find(HorizontalLayout.class, spec -> spec.withId("moderation-thread"))).isEmpty();
    }

    @Test
    void a_moderator_splits_a_reply_off_and_lands_in_the_new_thread() {
        views.signIn("staff.hachioji");
        Thread thread = threads.start(new SpaceId("forum"), "分割の画面 " + UUID.randomUUID(), "本文");
        Post reply = threads.reply(thread.id(), null, "別の話題");

        views.signIn("moderator.musashino");
        UI.getCurrent().navigate("threads/" + thread.id().value());
        assertThat(_find(card(threads.read(thread.id(), 0, 1).posts().getFirst().post()), Button.class,
                spec -> spec.withClasses("taiwa-mod-split"))).isEmpty();
        _click(_get(card(reply), Button.class, spec -> spec.withClasses("taiwa-mod-split")));
        _get(TextField.class, spec -> spec.withId("moderation-split-title")).setValue("別の話題のスレッド");
        _click(_get(Button.class, spec -> spec.withId("moderation-split-confirm")));

        assertThat(_get(H1.class, spec -> spec.withId("thread-title")).getText()).isEqualTo("別の話題のスレッド");
        assertThat(PostCards.show()).extracting(c -> c.getId().orElseThrow()).contains("post-" + reply.id().value());
    }

    private static PostCard card(Post post) {
        return PostCards.card(post.id());
    }
}
