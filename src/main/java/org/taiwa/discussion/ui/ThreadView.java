package org.taiwa.discussion.ui;

import org.taiwa.discussion.DiscussionNotFoundException;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.ProposalService;
import org.taiwa.discussion.ThreadId;
import org.taiwa.discussion.ThreadPage;
import org.taiwa.discussion.ThreadService;
import org.taiwa.discussion.TreePost;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * A thread: its posts in tree order, indented by depth (capped so deep branches stay readable),
 * a page at a time, with a reply form under any post.
 */
@Route("threads/:threadId")
@PermitAll
class ThreadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 50;
    private static final int MAX_INDENT = 6;

    private final ThreadService threads;
    private final ProposalService proposals;
    private final ModerationActions moderation;
    private final Div posts = new Div();
    private final Button more = new Button();
    private ThreadId threadId;
    private String title = "";
    private int nextPage;

    ThreadView(ThreadService threads, ProposalService proposals, ModerationActions moderation) {
        this.threads = threads;
        this.proposals = proposals;
        this.moderation = moderation;
        posts.setId("posts");
        posts.setWidthFull();
        more.setId("more-posts");
        more.setText(getTranslation("thread.more"));
        more.addClickListener(e -> loadPage());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            threadId = new ThreadId(event.getRouteParameters().get("threadId").orElseThrow());
            posts.removeAll();
            nextPage = 0;
            ThreadPage first = threads.read(threadId, 0, PAGE_SIZE);
            title = first.thread().title();
            removeAll();
            var heading = new H1(title);
            heading.setId("thread-title");
            add(heading);
            moderation.forThread(first.thread(), () -> UI.getCurrent().refreshCurrentRoute(false)).ifPresent(this::add);
            if (first.thread().locked()) {
                add(new Span(getTranslation("discussion.thread.locked")));
            }
            proposals.ofThread(threadId).ifPresent(proposal -> add(new ProposalPanel(proposal, proposals)));
            add(posts, more);
            show(first);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, e.getMessage());
        } catch (DiscussionNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private void loadPage() {
        show(threads.read(threadId, nextPage, PAGE_SIZE));
    }

    private void show(ThreadPage page) {
        page.posts().forEach(p -> posts.add(postCard(p, page.thread().locked())));
        nextPage = page.page() + 1;
        more.setVisible((long) nextPage * PAGE_SIZE < page.totalPosts());
    }

    private Component postCard(TreePost treePost, boolean locked) {
        Post post = treePost.post();
        var meta = new Span(post.author() + (post.municipality().isBlank() ? "" : " · " + post.municipality())
                + " · " + DiscussionText.time(post.createdAt())
                + (post.editedAt() == null ? "" : " · " + getTranslation("thread.edited")));
        meta.addClassName("taiwa-post-meta");
        Component body = post.deleted() ? new Span(getTranslation("thread.deleted"))
                : new Html("<div class=\"taiwa-post-body\">" + post.bodyHtml() + "</div>");
        var card = new Div(meta, body);
        ModerationActions.hiddenNotice(post).ifPresent(notice -> card.addComponentAtIndex(1, notice));
        card.setId("post-" + post.id().value());
        card.addClassName("taiwa-post");
        card.getStyle().set("margin-inline-start", Math.min(treePost.depth(), MAX_INDENT) * 1.5 + "rem");
        if (!locked && post.takesReplies()) {
            card.add(replyButton(card, post.id()));
        }
        moderation.forPost(post, this::reloadAll).ifPresent(card::add);
        return card;
    }

    private Component replyButton(Div card, PostId parent) {
        var reply = new Button(getTranslation("thread.reply"));
        reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reply.addClassName("taiwa-reply");
        reply.addClickListener(e -> {
            reply.setVisible(false);
            card.add(replyForm(parent));
        });
        return reply;
    }

    private Component replyForm(PostId parent) {
        var body = new TextArea(getTranslation("thread.reply"));
        body.addClassName("taiwa-reply-body");
        body.setHelperText(getTranslation("discussion.markdown-help"));
        body.setWidthFull();
        var send = new Button(getTranslation("thread.send"), e -> {
            if (body.getValue().isBlank()) {
                body.setErrorMessage(getTranslation("discussion.post.empty"));
                body.setInvalid(true);
                return;
            }
            threads.reply(threadId, parent, body.getValue());
            reloadAll();
        });
        send.addClassName("taiwa-reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var form = new VerticalLayout(body, send);
        form.setPadding(false);
        return form;
    }

    /** After a reply, show the tree again from the top so the new post sits under its parent. */
    private void reloadAll() {
        posts.removeAll();
        int pages = Math.max(nextPage, 1);
        for (int page = 0; page < pages; page++) {
            show(threads.read(threadId, page, PAGE_SIZE));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
