package org.taiwa.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.KaribuViews;
import org.taiwa.RateLimited;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadScope;
import org.taiwa.discussion.ThreadService;
import org.taiwa.discussion.ThreadTree;
import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.security.SignedInMember;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A member past the posting limit ({@code taiwa.security.rate-limits.limits.posting}) in the UI: told at the text
 * how long to wait, the text kept as typed, nothing posted. Each test empties the bucket of a member of its own.
 */
@TaiwaIntegrationTest
class PostingLimitViewsIT {

    private static final SpaceId FORUM = new SpaceId("forum");

    @Autowired
    ThreadService threads;
    @Autowired
    ThreadTree tree;
    @Autowired
    RateLimits rateLimits;

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Test
    void a_reply_past_the_posting_limit_says_how_long_to_wait_and_keeps_the_text() {
        SignedInMember member = RateLimited.member("limit.reply", null);
        views.signInAs(member);
        Thread thread = threads.start(FORUM, "連投の制限 " + UUID.randomUUID(), "開始");
        UI.getCurrent().navigate("threads/" + thread.id().value());
        _click(_get(Button.class, spec -> spec.withId("reply-thread")));
        TextArea text = _get(TextArea.class, spec -> spec.withId("composer-body"));
        text.setValue("長く考えて書いた返信");

        RateLimited.drain(rateLimits, RateLimit.POSTING, member.username());
        _click(_get(Button.class, spec -> spec.withId("composer-send")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).startsWith("短い時間に操作が多すぎます。").containsPattern("\\d+ 秒ほど待って");
        assertThat(text.getValue()).isEqualTo("長く考えて書いた返信");
        assertThat(_get(Div.class, spec -> spec.withId("composer")).isVisible()).as("still open").isTrue();
        assertThat(tree.rows(ThreadScope.whole(thread.id()), 0, 10).rows()).as("only the opening post").hasSize(1);
        assertThat(PostCards.show()).hasSize(1);
    }

    @Test
    void a_new_thread_past_the_posting_limit_says_how_long_to_wait_and_keeps_title_and_text() {
        SignedInMember member = RateLimited.member("limit.thread", null);
        views.signInAs(member);
        UI.getCurrent().navigate("spaces/forum");
        String title = "止められる新しい話題 " + UUID.randomUUID();
        _get(TextField.class, spec -> spec.withId("new-thread-title")).setValue(title);
        _get(TextArea.class, spec -> spec.withId("new-thread-body")).setValue("本文もそのまま");

        RateLimited.drain(rateLimits, RateLimit.POSTING, member.username());
        _click(_get(Button.class, spec -> spec.withId("new-thread-submit")));

        TextArea body = _get(TextArea.class, spec -> spec.withId("new-thread-body"));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).startsWith("短い時間に操作が多すぎます。").containsPattern("\\d+ 秒ほど待って");
        assertThat(body.getValue()).isEqualTo("本文もそのまま");
        assertThat(_get(TextField.class, spec -> spec.withId("new-thread-title")).getValue()).isEqualTo(title);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("spaces/forum");
        assertThat(threads.threads(FORUM, 0, 100)).extracting(Thread::title).doesNotContain(title);
    }
}
