package org.taiwa.discussion.ui;

import java.util.Optional;
import java.util.Set;

import org.taiwa.discussion.DiscussionNotFoundException;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.ThreadId;
import org.taiwa.discussion.ThreadRows;
import org.taiwa.discussion.ThreadScope;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * One post as the root with its replies: where a branch too deep for the thread page continues
 * ("continue this thread →"), with links back to the whole thread and to the post it answers.
 */
@Route("threads/:threadId/posts/:postId")
@PermitAll
class FocusedPostView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ThreadServices services;
    private final ModerationActions moderation;
    private String title = "";

    FocusedPostView(ThreadServices services, ModerationActions moderation) {
        this.services = services;
        this.moderation = moderation;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var threadId = new ThreadId(event.getRouteParameters().get("threadId").orElseThrow());
            var postId = new PostId(event.getRouteParameters().get("postId").orElseThrow());
            var scope = new ThreadScope(threadId, postId, Set.of());
            show(scope, PostRows.first(services.tree(), scope));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, e.getMessage());
        } catch (DiscussionNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private void show(ThreadScope scope, ThreadRows first) {
        title = first.thread().title();
        moderation.forget();
        removeAll();
        var heading = new H1(title);
        heading.setId("thread-title");
        var links = new Div();
        links.addClassName("taiwa-thread-toolbar");
        var whole = new RouterLink(getTranslation("thread.focus.whole"), ThreadView.class,
                new RouteParameters("threadId", scope.thread().value()));
        whole.setId("focus-whole-thread");
        links.add(whole);
        Post root = first.root();
        if (root != null && root.parentId() != null) {
            var parent = new RouterLink(getTranslation("thread.focus.parent"), FocusedPostView.class,
                    new RouteParameters(new RouteParam("threadId", scope.thread().value()),
                            new RouteParam("postId", root.parentId().value())));
            parent.setId("focus-parent");
            links.add(parent);
        }
        var discussion = new ThreadDiscussion(services, moderation, scope, first, Optional.empty());
        add(heading, links, discussion);
        expand(discussion);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
