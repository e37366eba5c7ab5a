package org.taiwa.discussion.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Scope;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostModeration;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadId;
import org.taiwa.discussion.ThreadModeration;
import org.taiwa.discussion.ThreadSplitter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * The moderators' controls in a thread page, offered only to who may moderate the thread's space (the
 * services check again): pin, lock and move for the thread; hide, unhide and split for each post. One per
 * view (prototype scope), so that whether the member moderates is asked once per thread, not once per post.
 * Mount with {@code forThread(thread, onChange).ifPresent(layout::add)} and
 * {@code forPost(post, onChange).ifPresent(card::add)}; {@link #hiddenNotice(Post)} shows why a post is hidden.
 */
@SpringComponent
@Scope("prototype")
class ModerationActions {

    private final ThreadModeration threads;
    private final PostModeration posts;
    private final ThreadSplitter splitter;
    private final Map<ThreadId, Boolean> moderates = new HashMap<>();

    ModerationActions(ThreadModeration threads, PostModeration posts, ThreadSplitter splitter) {
        this.threads = threads;
        this.posts = posts;
        this.splitter = splitter;
    }

    /**
     * Forgets who moderates what: a view calls it each time it shows a thread, since Vaadin keeps the view (and
     * this) for the next navigation to the same route, and moderators may have changed meanwhile.
     */
    void forget() {
        moderates.clear();
    }

    /** Pin, lock and move; empty unless the current member moderates the thread's space. */
    Optional<Component> forThread(Thread thread, Runnable onChange) {
        if (!moderates.computeIfAbsent(thread.id(), id -> threads.canModerate(thread))) {
            return Optional.empty();
        }
        var pin = button(thread.pinned() ? "moderation.unpin" : "moderation.pin", "moderation-pin", () -> {
            threads.pin(thread.id(), !thread.pinned());
            onChange.run();
        });
        var lock = button(thread.locked() ? "moderation.unlock" : "moderation.lock", "moderation-lock", () -> {
            threads.lock(thread.id(), !thread.locked());
            onChange.run();
        });
        var move = button("moderation.move", "moderation-move",
                () -> ModerationDialogs.move(threads.moveTargets(thread.id()), target -> {
                    threads.move(thread.id(), target.id());
                    onChange.run();
                }).open());
        var bar = new HorizontalLayout(pin, lock, move);
        bar.setId("moderation-thread");
        bar.addClassName("taiwa-moderation");
        bar.setSpacing(false);
        return Optional.of(bar);
    }

    /** Hide or unhide, and split (not the opening post); empty unless the current member moderates. */
    Optional<Component> forPost(Post post, Runnable onChange) {
        if (!moderates(post.thread())) {
            return Optional.empty();
        }
        var bar = new HorizontalLayout();
        bar.addClassName("taiwa-moderation");
        bar.setSpacing(false);
        if (post.hidden()) {
            bar.add(button("moderation.unhide", null, () -> {
                posts.unhide(post.id());
                onChange.run();
            }, "taiwa-mod-unhide"));
        } else {
            bar.add(button("moderation.hide", null, () -> ModerationDialogs.hide(reason -> {
                posts.hide(post.id(), reason);
                onChange.run();
            }).open(), "taiwa-mod-hide"));
        }
        if (!post.isOpening() && !post.deleted()) {
            bar.add(button("moderation.split", null, () -> ModerationDialogs.split(title -> {
                Thread created = splitter.split(post.id(), title);
                UI.getCurrent().navigate("threads/" + created.id().value());
            }).open(), "taiwa-mod-split"));
        }
        return Optional.of(bar);
    }

    /**
     * Why the post is hidden, shown in its card; for its author and the moderators, who still get the text,
     * also that it is hidden from everyone else. Empty for a post that is not hidden.
     */
    static Optional<Component> hiddenNotice(Post post) {
        if (!post.hidden()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        var notice = new Div(new Span(ui.getTranslation("moderation.hidden-notice", post.hiddenReason())));
        if (!post.bodyHtml().isBlank()) {
            notice.add(new Span(" " + ui.getTranslation("moderation.hidden-own")));
        }
        notice.addClassName("taiwa-hidden-notice");
        return Optional.of(notice);
    }

    private boolean moderates(ThreadId thread) {
        return moderates.computeIfAbsent(thread, threads::canModerate);
    }

    private static Button button(String key, String id, Runnable action, String... classes) {
        var button = new Button(UI.getCurrent().getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (id != null) {
            button.setId(id);
        }
        button.addClassNames(classes);
        return button;
    }
}
