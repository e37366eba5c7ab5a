package org.taiwa.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadScope;
import org.taiwa.discussion.ThreadService;
import org.taiwa.discussion.ThreadTree;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;

/** The thread page without a browser: lazy rendering, the tree controls, the composer, reactions and edits. */
@TaiwaIntegrationTest
class ThreadViewIT {

    @Autowired
    ThreadService threads;
    @Autowired
    ThreadTree tree;
    @Autowired
    UserDetailsService users;

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Test
    void a_thousand_replies_open_with_no_more_than_a_screen_of_post_components() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "千の返信 " + UUID.randomUUID(), "開始");
        List<PostId> ids = new ArrayList<>(List.of(opening(thread)));
        var random = new Random(1_000);
        for (int i = 0; i < 1_000; i++) {
            ids.add(threads.reply(thread.id(), ids.get(random.nextInt(ids.size())), "返信 " + i).id());
        }
        UI.getCurrent().navigate("threads/" + thread.id().value());

        List<PostCard> firstScreen = PostCards.show(0, 40);
        assertThat(firstScreen).hasSize(40);
        assertThat(firstScreen.getFirst().getId()).hasValue("post-" + ids.getFirst().value());
        // branches deeper than five continue in focused views: fewer rows than posts are visible here
        int visible = PostCards.list().getDataCommunicator().getItemCount();
        assertThat(visible).isBetween(200, 1_001);
        List<PostCard> later = PostCards.show(visible / 2, 40);
        assertThat(later).hasSize(40);
        assertThat(PostCards.attached()).as("cards scrolled away are let go").hasSizeLessThanOrEqualTo(100)
                .doesNotContainAnyElementsOf(firstScreen);
    }

    @Test
    void collapsing_a_post_hides_its_branch_and_expanding_brings_it_back() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "折りたたみ " + UUID.randomUUID(), "開始");
        Post a = threads.reply(thread.id(), null, "a");
        Post b = threads.reply(thread.id(), a.id(), "b");
        threads.reply(thread.id(), b.id(), "c");
        Post d = threads.reply(thread.id(), null, "d");
        UI.getCurrent().navigate("threads/" + thread.id().value());
        assertThat(PostCards.show()).hasSize(5);

        PostCards.click(PostCards.card(a.id()), "toggle");
        List<PostCard> shown = PostCards.show();
        assertThat(shown).extracting(c -> c.getId().orElseThrow()).containsExactly("post-" + opening(thread).value(),
                "post-" + a.id().value(), "post-" + d.id().value());
        PostCard collapsed = PostCards.card(a.id());
        assertThat(collapsed.buttonsHtml()).contains("返信 2 件を非表示中").contains("aria-expanded=\"false\"");

        PostCards.click(collapsed, "toggle");
        assertThat(PostCards.show()).hasSize(5);
    }

    @Test
    void a_branch_deeper_than_five_continues_in_a_focused_view() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "深い枝 " + UUID.randomUUID(), "開始");
        List<Post> chain = new ArrayList<>();
        PostId parent = null;
        for (int depth = 1; depth <= 7; depth++) {
            Post reply = threads.reply(thread.id(), parent, "深さ " + depth);
            chain.add(reply);
            parent = reply.id();
        }
        UI.getCurrent().navigate("threads/" + thread.id().value());
        assertThat(PostCards.show()).hasSize(6);
        PostCard deepest = PostCards.card(chain.get(4).id());
        assertThat(deepest.getStyle().get("margin-inline-start")).isEqualTo("7.5rem");

        RouterLinkKt._click(_get(deepest, RouterLink.class, spec -> spec.withClasses("taiwa-continue")));
        List<PostCard> focused = PostCards.show();
        assertThat(focused).extracting(c -> c.getId().orElseThrow()).containsExactly(
                "post-" + chain.get(4).id().value(), "post-" + chain.get(5).id().value(),
                "post-" + chain.get(6).id().value());
        assertThat(focused.getFirst().getStyle().get("margin-inline-start")).isEqualTo("0.0rem");
        assertThat(_get(RouterLink.class, spec -> spec.withId("focus-whole-thread")).getHref())
                .isEqualTo("threads/" + thread.id().value());
        assertThat(_get(RouterLink.class, spec -> spec.withId("focus-parent")).getHref())
                .isEqualTo("threads/" + thread.id().value() + "/posts/" + chain.get(3).id().value());
    }

    @Test
    void quote_fills_the_composer_and_a_reply_appears_under_its_parent() {
        views.signIn("staff.shinjuku");
        Thread thread = threads.start(new SpaceId("forum"), "引用 " + UUID.randomUUID(), "開始");
        Post a = threads.reply(thread.id(), null, "**会場**の電力は\n再エネです");
        UI.getCurrent().navigate("threads/" + thread.id().value());

        PostCards.click(PostCards.card(a.id()), "quote");
        TextArea composer = _get(TextArea.class, spec -> spec.withId("composer-body"));
        assertThat(composer.getValue()).isEqualTo("> @staff.shinjuku さんの投稿:\n> **会場**の電力は\n> 再エネです\n\n");
        assertThat(_get(Div.class, spec -> spec.withId("composer")).isVisible()).isTrue();
        composer.setValue(composer.getValue() + "証書で確認しました");
        _click(_get(Button.class, spec -> spec.withId("composer-send")));

        assertThat(_find(Div.class, spec -> spec.withId("composer"))).as("closed after sending").isEmpty();
        List<PostCard> cards = PostCards.show();
        assertThat(cards).hasSize(3);
        assertThat(cards.get(2).getElement().getOuterHTML()).contains("<blockquote>", "証書で確認しました", "新宿区");
        assertThat(cards.get(2).getStyle().get("margin-inline-start")).isEqualTo("3.0rem");
    }

    @Test
    void a_reaction_toggles_and_shows_who() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "賛成 " + UUID.randomUUID(), "開始");
        PostId opening = opening(thread);
        UI.getCurrent().navigate("threads/" + thread.id().value());

        PostCards.click(PostCards.card(opening), "react-AGREE");
        PostCard card = PostCards.card(opening);
        assertThat(card.buttonsHtml()).contains("<button type=\"button\" class=\"taiwa-reaction "
                + "taiwa-reaction-agree\" data-action=\"react-AGREE\" aria-pressed=\"true\" title=\"staff.minato\">"
                + "賛成 1</button>");

        PostCards.click(card, "react-AGREE");
        assertThat(PostCards.card(opening).buttonsHtml())
                .contains("data-action=\"react-AGREE\" aria-pressed=\"false\">賛成</button>");
        // what the card did not offer is not carried out, whatever the browser sends
        PostCards.card(opening).act("react-NOPE");
        PostCards.card(opening).act("delete");
        assertThat(PostCards.card(opening).buttonsHtml()).contains("aria-pressed=\"false\">賛成</button>");
    }

    @Test
    void the_author_edits_inline_and_the_edited_marker_opens_the_history() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "編集 " + UUID.randomUUID(), "開始");
        Post mine = threads.reply(thread.id(), null, "最初の文");
        UI.getCurrent().navigate("threads/" + thread.id().value());

        PostCards.click(PostCards.card(mine.id()), "edit");
        TextArea editor = _get(PostCards.card(mine.id()), TextArea.class, spec -> spec.withClasses("taiwa-edit-body"));
        assertThat(editor.getValue()).isEqualTo("最初の文");
        editor.setValue("直した文");
        _click(_get(PostCards.card(mine.id()), Button.class, spec -> spec.withClasses("taiwa-edit-save")));

        PostCard card = PostCards.card(mine.id());
        assertThat(card.getElement().getOuterHTML()).contains("直した文").doesNotContain("最初の文");
        assertThat(card.buttonsHtml()).contains("class=\"taiwa-edited\"");
        PostCards.click(card, "history");
        Dialog history = _get(Dialog.class, spec -> spec.withId("post-history"));
        assertThat(history.getElement().getTextRecursively()).contains("版 1", "最初の文", "現在の版", "直した文");
    }

    @Test
    void the_author_deletes_after_confirming() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "削除 " + UUID.randomUUID(), "開始");
        Post mine = threads.reply(thread.id(), null, "取り消します");
        UI.getCurrent().navigate("threads/" + thread.id().value());

        PostCards.click(PostCards.card(mine.id()), "delete");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("delete-confirm")));
        assertThat(PostCards.card(mine.id()).getElement().getTextRecursively()).contains("(この投稿は削除されました)")
                .doesNotContain("取り消します");
    }

    @Test
    void a_card_for_someone_elses_post_is_three_elements_on_the_server() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "軽いカード " + UUID.randomUUID(), "開始");
        Post reply = threads.reply(thread.id(), null, "**J-VER** の購入について");
        views.signIn("staff.hachioji");
        UI.getCurrent().navigate("threads/" + thread.id().value());

        PostCard card = PostCards.card(reply.id());
        // the line, the text and the buttons are HTML in three elements: no component per part or per button
        assertThat(card.getElement().getChildren().map(element -> String.join(" ", element.getClassList())))
                .containsExactly("taiwa-post-meta", "taiwa-post-content", "taiwa-post-footer");
        assertThat(card.getElement().getChildren().mapToInt(element -> element.getChildCount())).containsOnly(0);
        assertThat(card.getElement().getOuterHTML()).contains("staff.minato", "<strong>J-VER</strong>",
                "data-action=\"reply\"", "data-action=\"react-AGREE\"");
    }

    @Test
    void others_cannot_edit_and_a_draft_survives_leaving_and_coming_back() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "下書き " + UUID.randomUUID(), "開始");
        Post a = threads.reply(thread.id(), null, "a");
        views.signIn("staff.hachioji");
        UI.getCurrent().navigate("threads/" + thread.id().value());
        assertThat(PostCards.card(a.id()).offered()).doesNotContain("edit", "delete");
        assertThat(PostCards.card(a.id()).buttonsHtml()).doesNotContain("taiwa-edit");

        PostCards.click(PostCards.card(a.id()), "reply");
        _get(TextArea.class, spec -> spec.withId("composer-body")).setValue("八王子市の場合は");
        UI.getCurrent().navigate("spaces");
        assertThat(_find(TextArea.class, spec -> spec.withId("composer-body"))).isEmpty();

        UI.getCurrent().navigate("threads/" + thread.id().value());
        assertThat(_get(Div.class, spec -> spec.withId("composer")).isVisible()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("composer-body")).getValue()).isEqualTo("八王子市の場合は");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("composer-replying-to"))
                .getText()).isEqualTo("@staff.minato さんへの返信");
    }

    @Test
    void typing_an_at_name_suggests_and_inserts_it() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "呼びかけ " + UUID.randomUUID(), "開始");
        UI.getCurrent().navigate("threads/" + thread.id().value());
        _click(_get(Button.class, spec -> spec.withId("reply-thread")));
        TextArea composer = _get(TextArea.class, spec -> spec.withId("composer-body"));
        composer.setValue("この件は @八王");
        Div suggestions = _get(Div.class, spec -> spec.withId("mention-suggestions"));
        Button hachioji = _get(suggestions, Button.class, spec -> spec.withText("八王子市 (Hachioji)"));
        _click(hachioji);
        assertThat(composer.getValue()).isEqualTo("この件は @八王子市 ");
        assertThat(suggestions.getChildren()).isEmpty();
    }

    @Test
    void a_reply_by_another_member_appears_live() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "ライブ " + UUID.randomUUID(), "開始");
        UI.getCurrent().navigate("threads/" + thread.id().value());
        assertThat(PostCards.show()).hasSize(1);

        var other = new java.lang.Thread(() -> {
            UserDetails shinjuku = users.loadUserByUsername("staff.shinjuku");
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(shinjuku, null, shinjuku.getAuthorities()));
            threads.reply(thread.id(), null, "新宿区からライブで");
        });
        other.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return !_find(Div.class, spec -> spec.withId("live-banner")).isEmpty();
        });
        List<PostCard> cards = PostCards.show();
        assertThat(cards).hasSize(2);
        assertThat(cards.get(1).getClassNames()).contains("taiwa-post-new");
        assertThat(cards.get(1).getElement().getOuterHTML()).contains("新宿区からライブで");
        assertThat(_get(H1.class, spec -> spec.withId("thread-title")).getText()).startsWith("ライブ");
    }

    @Test
    void a_live_reply_at_the_end_keeps_the_cards_shown_and_one_in_between_redraws_them() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "ライブ追記 " + UUID.randomUUID(), "開始");
        Post a = threads.reply(thread.id(), null, "a");
        threads.reply(thread.id(), null, "b");
        UI.getCurrent().navigate("threads/" + thread.id().value());
        List<PostCard> shown = PostCards.show();
        assertThat(bodies(shown)).containsExactly("開始", "a", "b");

        Post c = replyLive("staff.shinjuku", thread, null, "c", 4);
        List<PostCard> appended = PostCards.show();
        assertThat(bodies(appended)).containsExactly("開始", "a", "b", "c");
        assertThat(appended.subList(0, 3)).as("the cards shown before stay as they were")
                .usingElementComparator((x, y) -> x == y ? 0 : 1).containsExactlyElementsOf(shown);
        assertThat(appended.get(3).getClassNames()).contains("taiwa-post-new");

        replyLive("staff.shinjuku", thread, a.id(), "a への返信", 5);
        List<PostCard> inserted = PostCards.show();
        assertThat(bodies(inserted)).containsExactly("開始", "a", "a への返信", "b", "c");
        assertThat(inserted.get(1)).as("a row in between redraws the list").isNotSameAs(appended.get(1));
        assertThat(inserted.get(1).offered()).as("a's first reply gives it the collapse button").contains("toggle");

        replyLive("staff.shinjuku", thread, c.id(), "c への返信", 6);
        List<PostCard> underLast = PostCards.show();
        assertThat(bodies(underLast)).containsExactly("開始", "a", "a への返信", "b", "c", "c への返信");
        assertThat(underLast.subList(0, 4)).usingElementComparator((x, y) -> x == y ? 0 : 1)
                .containsExactlyElementsOf(inserted.subList(0, 4));
        assertThat(underLast.get(4)).as("the parent of its first reply is drawn again").isNotSameAs(inserted.get(4));
        assertThat(underLast.get(4).offered()).contains("toggle");
        assertThat(underLast.get(5).getClassNames()).contains("taiwa-post-new");
    }

    /** Another member replies, as from another tab; returns once the open page shows {@code rows} rows. */
    private Post replyLive(String username, Thread thread, PostId parent, String body, int rows) {
        var reply = new AtomicReference<Post>();
        var other = new java.lang.Thread(() -> {
            UserDetails user = users.loadUserByUsername(username);
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
            reply.set(threads.reply(thread.id(), parent, body));
        });
        other.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return reply.get() != null && PostCards.show().size() == rows;
        });
        return reply.get();
    }

    private static List<String> bodies(List<PostCard> cards) {
        return cards.stream().map(card -> Jsoup.parse(card.getElement().getOuterHTML())
                .selectFirst(".taiwa-post-body").text()).toList();
    }

    @Test
    void posts_of_others_since_the_last_visit_are_marked_new_and_can_be_jumped_to() {
        views.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "新着 " + UUID.randomUUID(), "開始");
        Post old = threads.reply(thread.id(), null, "前回までに読んだ返信");
        UI.getCurrent().navigate("threads/" + thread.id().value());
        assertThat(_find(Button.class, spec -> spec.withId("jump-to-new"))).as("nothing new on a first visit").isEmpty();
        UI.getCurrent().navigate("spaces");

        // writing counts as having read the thread so far (ReadState), so the member writes first
        Post mine = threads.reply(thread.id(), null, "自分の新しい返信");
        views.signIn("staff.shinjuku");
        Post news = threads.reply(thread.id(), old.id(), "新宿区の新しい返信");
        views.signIn("staff.minato");
        UI.getCurrent().navigate("threads/" + thread.id().value());

        assertThat(PostCards.card(news.id()).getClassNames()).contains("taiwa-post-new");
        assertThat(PostCards.card(old.id()).getClassNames()).doesNotContain("taiwa-post-new");
        assertThat(PostCards.card(mine.id()).getClassNames()).doesNotContain("taiwa-post-new");
        _click(_get(Button.class, spec -> spec.withId("jump-to-new")));
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void a_new_thread_draft_survives_leaving_the_space() {
        views.signIn("staff.hachioji");
        UI.getCurrent().navigate("spaces/forum");
        String title = "下書きの件名 " + UUID.randomUUID();
        HasValueUtilsKt._setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("new-thread-title")), title);
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("new-thread-body")), "途中の本文");
        UI.getCurrent().navigate("spaces");

        UI.getCurrent().navigate("spaces/forum");
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("new-thread-title"))
                .getValue()).isEqualTo(title);
        assertThat(_get(TextArea.class, spec -> spec.withId("new-thread-body")).getValue()).isEqualTo("途中の本文");
        _click(_get(Button.class, spec -> spec.withId("new-thread-submit")));
        assertThat(_get(H1.class, spec -> spec.withId("thread-title")).getText()).isEqualTo(title);

        UI.getCurrent().navigate("spaces/forum");
        assertThat(_get(TextArea.class, spec -> spec.withId("new-thread-body")).getValue()).as("sent: no draft").isEmpty();
    }

    private PostId opening(Thread thread) {
        return tree.rows(ThreadScope.whole(thread.id()), 0, 1).rows().getFirst().post().id();
    }
}
