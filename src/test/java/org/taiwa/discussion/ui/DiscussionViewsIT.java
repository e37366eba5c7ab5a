package org.taiwa.discussion.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.ProposalService;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Stance;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

@TaiwaIntegrationTest
class DiscussionViewsIT {

    @Autowired
    ThreadService threads;
    @Autowired
    ProposalService proposals;

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Test
    @SuppressWarnings("unchecked")
    void a_committee_member_sees_the_committee_and_the_forum_but_not_other_committees() {
        views.signIn("staff.minato");
        UI.getCurrent().navigate(SpacesView.class);
        List<String> names = ((Grid<Space>) _get(Grid.class, spec -> spec.withId("spaces"))).getGenericDataView()
                .getItems().map(Space::nameJa).toList();
        assertThat(names).contains("自治体委員会", "オープンフォーラム").doesNotContain("検討委員会");
    }

    @Test
    void views_carrying_role_annotations_are_created_as_they_are_not_wrapped_in_method_security_proxies() {
        // JSR-250 method security matched the views' @RolesAllowed/@PermitAll and proxied every view it created
        views.signIn("staff.minato");
        UI.getCurrent().navigate(SpacesView.class);
        assertThat(UI.getCurrent().getCurrentView().getClass()).isEqualTo(SpacesView.class);
        UI.getCurrent().navigate("spaces/forum");
        assertThat(UI.getCurrent().getCurrentView().getClass()).isEqualTo(SpaceView.class);
    }

    @Test
    void a_member_starts_a_thread_and_replies_and_the_reply_sits_under_its_parent() {
        views.signIn("staff.hachioji");
        UI.getCurrent().navigate("spaces/forum");
        String title = "イベントの排出量 " + UUID.randomUUID();
        _get(TextField.class, spec -> spec.withId("new-thread-title")).setValue(title);
        _get(TextArea.class, spec -> spec.withId("new-thread-body")).setValue("**会場**の電力は?\n\n<script>alert(1)</script>");
        _click(_get(Button.class, spec -> spec.withId("new-thread-submit")));

        assertThat(_get(H1.class, spec -> spec.withId("thread-title")).getText()).isEqualTo(title);
        List<PostCard> posts = PostCards.show();
        assertThat(posts).hasSize(1);
        assertThat(posts.getFirst().getElement().getOuterHTML()).contains("<strong>会場</strong>")
                .doesNotContain("<script");

        PostCards.click(posts.getFirst(), "reply");
        _get(TextArea.class, spec -> spec.withId("composer-body")).setValue("実測値があります");
        _click(_get(Button.class, spec -> spec.withId("composer-send")));

        posts = PostCards.show();
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).getElement().getOuterHTML()).contains("実測値があります").contains("八王子市");
        assertThat(posts.get(1).getStyle().get("margin-inline-start")).isEqualTo("1.5rem");
    }

    @Test
    void an_empty_thread_is_refused_with_a_message_and_nothing_is_stored() {
        views.signIn("staff.hachioji");
        UI.getCurrent().navigate("spaces/forum");
        _get(TextField.class, spec -> spec.withId("new-thread-title")).setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("new-thread-submit")));
        TextField subject = _get(TextField.class, spec -> spec.withId("new-thread-title"));
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("件名を入力してください。");
        assertThat(_find(H1.class, spec -> spec.withId("thread-title"))).isEmpty();
    }

    @Test
    void a_member_of_another_municipality_gets_the_access_denied_page_for_a_closed_committee() {
        views.signIn("staff.mitaka");
        UI.getCurrent().navigate("spaces/municipal-committee");
        assertThat(_find(H1.class, spec -> spec.withId("space-name"))).isEmpty();
        assertThat(_get(Paragraph.class).getText()).contains("権限がありません");
    }

    @Test
    void a_demo_proposal_shows_its_consensus_and_outcome() {
        views.signIn("staff.minato");
        UI.getCurrent().navigate("threads/joint-plenary-teigen-1");
        assertThat(_get(Span.class, spec -> spec.withId("proposal-status")).getText()).isEqualTo("締切済み");
        assertThat(_get(Paragraph.class, spec -> spec.withId("proposal-result")).getText()).isEqualTo("合意");
        assertThat(_get(Paragraph.class, spec -> spec.withId("proposal-outcome")).getText()).startsWith("結論: 採択");
        assertThat(_find(Button.class, spec -> spec.withId("proposal-submit"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_member_states_a_position_and_disagreeing_needs_a_reason() {
        views.signIn("staff.hachioji");
        Thread thread = threads.start(new SpaceId("forum"), "提言案 " + UUID.randomUUID(), "本文");
        proposals.create(thread.id(), "共同購入を毎年行う", "**毎年度** 実施する", Instant.now().plusSeconds(3_600));
        UI.getCurrent().navigate("threads/" + thread.id().value());

        RadioButtonGroup<Stance> stance = _get(RadioButtonGroup.class, spec -> spec.withId("proposal-stance"));
        stance.setValue(Stance.DISAGREE);
        _click(_get(Button.class, spec -> spec.withId("proposal-submit")));
        assertThat(_get(TextArea.class, spec -> spec.withId("proposal-reason")).isInvalid()).isTrue();
        assertThat(proposals.ofThread(thread.id()).orElseThrow().positions()).isEmpty();

        _get(TextArea.class, spec -> spec.withId("proposal-reason")).setValue("予算の確保が難しい");
        _click(_get(Button.class, spec -> spec.withId("proposal-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("proposal-counts")).getText()).contains("反対 1");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("proposal-positions")).getElement()
                .getTextRecursively()).contains("staff.hachioji (八王子市): 反対 — 予算の確保が難しい");
    }
}
