package org.taiwa.discussion.ui;

import java.util.Optional;

import org.taiwa.discussion.Post;
import org.taiwa.discussion.ThreadRow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * One post in the tree, indented by its depth: who wrote it when, the text (or an editor for the author),
 * the reactions and what the member can do with it; for a hidden post the moderator's reason, and for
 * moderators their controls ({@link ModerationActions}).
 */
class PostCard extends Div {

    private static final double INDENT_REM = 1.5;

    private final ThreadRow row;
    private final PostActions actions;
    private final Div body = new Div();
    private final Div actionBar = new Div();

    PostCard(ThreadRow row, PostActions actions) {
        this.row = row;
        this.actions = actions;
        Post post = row.post();
        setId("post-" + post.id().value());
        addClassName("taiwa-post");
        if (actions.isNew(post)) {
            addClassName("taiwa-post-new");
        }
        getStyle().set("margin-inline-start", row.depth() * INDENT_REM + "rem");
        body.addClassName("taiwa-post-content");
        actionBar.addClassName("taiwa-post-actions");
        add(meta(post));
        ModerationActions.hiddenNotice(post).ifPresent(this::add);
        add(body);
        showBody(post);
        if (showsText(post)) {
            add(actions.attachments(post));
        }
        var footer = new Div();
        footer.addClassName("taiwa-post-footer");
        if (showsText(post)) {
            footer.add(new ReactionBar(post, row.reactions(), actions));
        }
        footer.add(actionBar);
        add(footer);
        addActions(post);
        addTreeControl();
        actions.moderation(post).ifPresent(actionBar::add);
    }

    /** Neither deleted nor hidden from this reader. */
    private static boolean showsText(Post post) {
        return !post.deleted() && !post.bodyHtml().isBlank();
    }

    private Component meta(Post post) {
        var meta = new Div();
        meta.addClassName("taiwa-post-meta");
        meta.add(new Span(post.author() + (post.municipality().isBlank() ? "" : " · " + post.municipality())
                + " · " + DiscussionText.time(post.createdAt())));
        if (actions.isNew(post)) {
            var badge = new Span(getTranslation("thread.new"));
            badge.addClassName("taiwa-new-badge");
            meta.add(badge);
        }
        if (post.editedAt() != null && showsText(post)) {
            var edited = new Button(getTranslation("thread.edited"), e -> actions.showHistory(post));
            edited.addClassName("taiwa-edited");
            edited.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edited.setTooltipText(getTranslation("thread.edited.at", DiscussionText.time(post.editedAt())));
            meta.add(edited);
        }
        return meta;
    }

    private void showBody(Post post) {
        Optional<String> editing = actions.editing(post.id());
        if (post.deleted()) {
            body.add(new Span(getTranslation("thread.deleted")));
        } else if (editing.isPresent()) {
            body.add(editor(post, editing.get()));
        } else if (showsText(post)) {
            body.add(new Html("<div class=\"taiwa-post-body\">" + post.bodyHtml() + "</div>"));
        }
    }

    private Component editor(Post post, String text) {
        var area = new TextArea();
        area.addClassName("taiwa-edit-body");
        area.setWidthFull();
        area.setValue(text);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addValueChangeListener(e -> actions.typeEdit(post, e.getValue()));
        var save = new Button(getTranslation("thread.edit.save"), e -> actions.saveEdit(post, area.getValue()));
        save.addClassName("taiwa-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var cancel = new Button(getTranslation("thread.edit.cancel"), e -> actions.cancelEdit(post));
        cancel.addClassName("taiwa-edit-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new Div(area, save, cancel);
    }

    private void addActions(Post post) {
        if (post.deleted() || !actions.writable()) {
            return;
        }
        if (post.takesReplies() && showsText(post)) {
            actionBar.add(action("thread.reply", "taiwa-reply", () -> actions.reply(post)),
                    action("thread.quote", "taiwa-quote", () -> actions.quote(post)));
        }
        if (post.author().equals(actions.me()) && actions.editing(post.id()).isEmpty()) {
            actionBar.add(action("thread.edit", "taiwa-edit", () -> actions.startEdit(post)),
                    action("thread.delete", "taiwa-delete", () -> actions.delete(post)));
        }
    }

    private void addTreeControl() {
        if (row.continues()) {
            var more = new RouterLink(getTranslation("thread.continue", row.replies()), FocusedPostView.class,
                    new RouteParameters(new RouteParam("threadId", row.post().thread().value()),
                            new RouteParam("postId", row.post().id().value())));
            more.addClassName("taiwa-continue");
            actionBar.add(more);
        } else if (row.replies() > 0) {
            String label = row.collapsed() ? getTranslation("thread.expand", row.replies())
                    : getTranslation("thread.collapse");
            var toggle = action(null, "taiwa-toggle", () -> actions.toggle(row));
            toggle.setText(label);
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(!row.collapsed()));
            actionBar.add(toggle);
        }
    }

    private Button action(String key, String className, Runnable run) {
        var button = new Button(key == null ? "" : getTranslation(key), e -> run.run());
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
