package org.taiwa.discussion.ui;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.taiwa.discussion.DiscussionNotFoundException;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.PostPublished;
import org.taiwa.discussion.ReactionKind;
import org.taiwa.discussion.ThreadId;
import org.taiwa.discussion.ThreadRow;
import org.taiwa.discussion.ThreadRows;
import org.taiwa.discussion.ThreadScope;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;

/**
 * A thread's posts as a lazily rendered tree (a {@link VirtualList}: only the rows near the viewport have
 * components) with the docked {@link Composer}, and replies from others appearing live. Used by the thread
 * page and by the focused view of one post's replies. See docs/decisions/0011-thread-view.md.
 */
class ThreadDiscussion extends Div implements PostActions {

    private final ThreadServices services;
    private final ThreadId thread;
    private final PostRows rows;
    private final VirtualList<ThreadRow> list = new VirtualList<>();
    private final Composer composer;
    private final Div banner = new Div();
    private final String me;
    private final boolean writable;
    private final Instant newSince;
    private final Set<PostId> arrived = new LinkedHashSet<>();
    private final AuthorActions authors;
    private final ModerationActions moderation;
    /** Replies that arrived live since the member last followed the banner. */
    private int unseen;
    /** Where the banner's button scrolls: the latest reply that arrived. */
    private int latest;
    private Span bannerText;

    ThreadDiscussion(ThreadServices services, ModerationActions moderation, ThreadScope scope, ThreadRows first,
                     Optional<Instant> readBefore) {
        this.services = services;
        this.moderation = moderation;
        this.thread = scope.thread();
        this.rows = new PostRows(services.tree(), scope, first);
        this.me = services.me();
        this.writable = first.writable();
        this.newSince = readBefore.orElse(null);
        this.authors = new AuthorActions(services, rows::refresh);
        addClassName("taiwa-thread");
        list.setId("posts");
        list.addClassName("taiwa-posts");
        list.setRenderer(new ComponentRenderer<>(row -> new PostCard(row, this)));
        list.setDataProvider(rows.provider());
        var scrolledAway = new ScrolledAwayRows(list);
        rows.onFetch(scrolledAway::releaseAfterUpdate);
        banner.setId("live-banner");
        banner.addClassName("taiwa-live-banner");
        banner.setVisible(false);
        composer = new Composer(services, thread, this::sent);
        add(banner, list, composer);
        services.live().subscribeWhileAttached(this, event -> event.thread().equals(thread), this::published);
    }

    /** Opens the composer to answer the post. */
    void replyTo(Post post) {
        composer.open(post);
    }

    /** Opens the composer with the member's latest draft in this thread, as it was before a reload. */
    void restoreDraft() {
        services.drafts().latestIn(rows.current().thread()).ifPresent(draft -> {
            try {
                PostId parent = draft.key().parent();
                Post answered = parent == null ? rows.current().rows().getFirst().post()
                        : services.tree().rows(new ThreadScope(thread, parent, Set.of()), 0, 1).root();
                composer.open(answered, draft);
            } catch (DiscussionNotFoundException e) {
                // the post it answered is gone: the draft stays until the member writes there again
            }
        });
    }

    /** Scrolls to the first post written by others since the member last read the thread; false if none shows. */
    boolean jumpToFirstNew() {
        int index = newSince == null ? -1 : rows.firstIndexAfter(newSince);
        if (index >= 0) {
            list.scrollToIndex(index);
        }
        return index >= 0;
    }

    VirtualList<ThreadRow> list() {
        return list;
    }

    Composer composer() {
        return composer;
    }

    @Override
    public String me() {
        return me;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public boolean isNew(Post post) {
        return !post.author().equals(me) && (arrived.contains(post.id())
                || (newSince != null && post.createdAt().isAfter(newSince)));
    }

    @Override
    public Optional<String> editing(PostId post) {
        return authors.editing(post);
    }

    @Override
    public Optional<Component> moderation(Post post) {
        return moderation.forPost(post, rows::refresh);
    }

    @Override
    public Optional<Component> attachments(Post post) {
        boolean mine = writable && post.author().equals(me) && !post.deleted();
        if (!mine && post.attachments().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AttachmentList(services.attachments(), post, mine));
    }

    @Override
    public void reply(Post post) {
        composer.open(post);
    }

    @Override
    public void quote(Post post) {
        composer.quote(post);
    }

    @Override
    public void toggle(ThreadRow row) {
        rows.toggle(row.post().id());
    }

    @Override
    public void react(Post post, ReactionKind kind, boolean add) {
        if (add) {
            services.reactions().react(post.id(), kind);
        } else {
            services.reactions().withdraw(post.id(), kind);
        }
        rows.refresh();
    }

    @Override
    public void startEdit(Post post) {
        authors.startEdit(post);
    }

    @Override
    public void typeEdit(Post post, String text) {
        authors.typeEdit(post, text);
    }

    @Override
    public void saveEdit(Post post, String text) {
        authors.saveEdit(post, text);
    }

    @Override
    public void cancelEdit(Post post) {
        authors.cancelEdit(post);
    }

    @Override
    public void delete(Post post) {
        authors.delete(post);
    }

    @Override
    public void showHistory(Post post) {
        authors.showHistory(post);
    }

    /** After the member's own reply: show it under its parent, or in the parent's own view if too deep here. */
    private void sent(Post post) {
        rows.expand(post.parentId());
        rows.refresh();
        int index = rows.indexOf(post.id());
        if (index >= 0) {
            list.scrollToIndex(index);
        } else {
            getUI().ifPresent(ui -> ui.navigate(FocusedPostView.class, new RouteParameters(
                    new RouteParam("threadId", thread.value()), new RouteParam("postId", post.parentId().value()))));
        }
    }

    /** A post of this thread was stored: read the rows again and offer to scroll to it. */
    private void published(PostPublished event) {
        int index = rows.arrived(event.post(), this::recount);
        if (event.author().equals(me)) {
            return;
        }
        arrived.add(event.post());
        services.readState().markRead(rows.current().thread());
        if (index >= 0) {
            showBanner(index);
        }
    }

    /** Has the list read its size again, keeping the rows it rendered (a refresh would drop and redraw them). */
    private void recount() {
        list.getDataCommunicator().setCountCallback(query -> rows.count());
    }

    /** Counts the reply in the banner, made at the first one and reused, and points its button at the reply. */
    private void showBanner(int index) {
        unseen++;
        latest = index;
        if (bannerText == null) {
            bannerText = new Span();
            var show = new Button(getTranslation("thread.live.show"), e -> {
                list.scrollToIndex(latest);
                banner.setVisible(false);
                unseen = 0;
            });
            show.setId("live-show");
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            banner.add(bannerText, show);
        }
        bannerText.setText(getTranslation("thread.live.arrived", unseen));
        banner.setVisible(true);
    }
}
