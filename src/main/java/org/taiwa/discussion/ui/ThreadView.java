package org.taiwa.discussion.ui;

import java.time.Instant;
import java.util.Optional;

import org.taiwa.discussion.DiscussionNotFoundException;
import org.taiwa.discussion.ProposalService;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadId;
import org.taiwa.discussion.ThreadRows;
import org.taiwa.discussion.ThreadScope;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * A thread: its title, proposal and posts as an indented tree that renders lazily as the member scrolls
 * (deep branches continue in a {@link FocusedPostView}), a docked composer, new posts since the last
 * visit marked, and replies of others appearing live. Opening it marks it read.
 */
@Route("threads/:threadId")
@PermitAll
class ThreadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ThreadServices services;
    private final ProposalService proposals;
    private final ModerationActions moderation;
    private String title = "";

    ThreadView(ThreadServices services, ProposalService proposals, ModerationActions moderation) {
        this.services = services;
        this.proposals = proposals;
        this.moderation = moderation;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var threadId = new ThreadId(event.getRouteParameters().get("threadId").orElseThrow());
            ThreadScope scope = ThreadScope.whole(threadId);
            ThreadRows first = PostRows.first(services.tree(), scope);
            Optional<Instant> readBefore = services.readState().markRead(first.thread());
            show(scope, first, readBefore);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, e.getMessage());
        } catch (DiscussionNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private void show(ThreadScope scope, ThreadRows first, Optional<Instant> readBefore) {
        Thread thread = first.thread();
        title = thread.title();
        moderation.forget();
        removeAll();
        var heading = new H1(title);
        heading.setId("thread-title");
        add(heading);
        moderation.forThread(thread, () -> UI.getCurrent().refreshCurrentRoute(false)).ifPresent(this::add);
        if (thread.locked() || thread.deleted()) {
            var closed = new Span(getTranslation(thread.locked() ? "discussion.thread.locked"
                    : "discussion.thread.deleted"));
            closed.setId("thread-closed");
            add(closed);
        }
        proposals.ofThread(thread).ifPresent(proposal -> add(new ProposalPanel(proposal, proposals)));
        var discussion = new ThreadDiscussion(services, moderation, scope, first, readBefore);
        add(toolbar(first, readBefore, discussion), discussion);
        expand(discussion);
        discussion.restoreDraft();
    }

    private Div toolbar(ThreadRows first, Optional<Instant> readBefore, ThreadDiscussion discussion) {
        var toolbar = new Div();
        toolbar.addClassName("taiwa-thread-toolbar");
        if (first.writable() && !first.rows().isEmpty()) {
            var reply = new Button(getTranslation("thread.reply-to-thread"),
                    e -> discussion.replyTo(first.rows().getFirst().post()));
            reply.setId("reply-thread");
            reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            toolbar.add(reply);
        }
        boolean newSince = readBefore.filter(before -> first.thread().lastActivityAt().isAfter(before)).isPresent();
        if (newSince) {
            var jump = new Button(getTranslation("thread.jump-to-new"), e -> {
                if (!discussion.jumpToFirstNew()) {
                    Notification.show(getTranslation("thread.no-new"), 3_000, Notification.Position.MIDDLE);
                }
            });
            jump.setId("jump-to-new");
            jump.addThemeVariants(ButtonVariant.LUMO_SMALL);
            toolbar.add(jump);
        }
        return toolbar;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
