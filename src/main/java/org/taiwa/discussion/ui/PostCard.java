package org.taiwa.discussion.ui;

import java.util.Optional;
import java.util.Set;

import org.taiwa.discussion.Post;
import org.taiwa.discussion.ReactionKind;
import org.taiwa.discussion.Reactions;
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
 * <p>
 * The reactions and the member's actions are plain {@code <button>}s written as HTML ({@link CardButtons}), with
 * one click listener on the card's footer that reads the clicked button's {@code data-action}. A thread page shows
 * many cards, and a Vaadin {@code Button} each for six or seven actions made the page's state (its heap and the
 * work on each round trip) several times larger (docs/decisions/0020-load.md). Only the actions the card offered
 * are carried out.
 */
class PostCard extends Div {

    /** The clicked button's action, read in the browser. */
    static final String ACTION = "(event.target.closest('button[data-action]')||{dataset:{}}).dataset.action";

    /** Only clicks on an action button go to the server. */
    static final String ON_BUTTON = "!!event.target.closest('button[data-action]')";

    private static final double INDENT_REM = 1.5;

    private final ThreadRow row;
    private final PostActions actions;
    private final Div body = new Div();
    private final Div actionBar = new Div();
    private final CardButtons buttons;

    PostCard(ThreadRow row, PostActions actions) {
        this.row = row;
        this.actions = actions;
        Post post = row.post();
        this.buttons = new CardButtons(this::getTranslation);
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
            footer.add(buttons.html("taiwa-reactions", reactions()));
        }
        footer.add(actionBar);
        add(footer);
        String offered = actionButtons(post);
        if (!offered.isEmpty()) {
            actionBar.add(buttons.html("taiwa-post-buttons", offered));
        }
        addContinueLink();
        actions.moderation(post).ifPresent(actionBar::add);
        footer.getElement().addEventListener("click", event -> act(event.getEventData().path(ACTION).asString("")))
                .addEventData(ACTION).setFilter(ON_BUTTON);
    }

    /** The actions this card offers ({@code reply}, {@code react-AGREE}, …), for tests. */
    Set<String> offered() {
        return buttons.offered();
    }

    /** The buttons' HTML, for tests. */
    String buttonsHtml() {
        return buttons.written();
    }

    /** Carries out an action this card offered; anything else (a stale or forged click) is ignored. */
    void act(String action) {
        if (!buttons.offered().contains(action)) {
            return;
        }
        Post post = row.post();
        switch (action) {
            case "reply" -> actions.reply(post);
            case "quote" -> actions.quote(post);
            case "edit" -> actions.startEdit(post);
            case "delete" -> actions.delete(post);
            case "toggle" -> actions.toggle(row);
            default -> {
                ReactionKind kind = ReactionKind.valueOf(action.substring(CardButtons.REACT.length()));
                actions.react(post, kind, !row.reactions().has(kind, actions.me()));
            }
        }
    }

    /** Not deleted and not hidden from this reader. */
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

    /** 賛成 / 共感 / 質問 with their counts; the member's own are pressed, and a click adds or takes back. */
    private String reactions() {
        Reactions reactions = row.reactions();
        var html = new StringBuilder();
        for (ReactionKind kind : ReactionKind.values()) {
            int count = reactions.count(kind);
            html.append(buttons.reaction(kind, count, reactions.has(kind, actions.me()),
                    count > 0 ? String.join(", ", reactions.who(kind)) : null, actions.writable()));
        }
        return html.toString();
    }

    private String actionButtons(Post post) {
        var html = new StringBuilder();
        if (!post.deleted() && actions.writable()) {
            if (post.takesReplies() && showsText(post)) {
                html.append(buttons.action("reply", "taiwa-reply", getTranslation("thread.reply"), null))
                        .append(buttons.action("quote", "taiwa-quote", getTranslation("thread.quote"), null));
            }
            if (post.author().equals(actions.me()) && actions.editing(post.id()).isEmpty()) {
                html.append(buttons.action("edit", "taiwa-edit", getTranslation("thread.edit"), null))
                        .append(buttons.action("delete", "taiwa-delete", getTranslation("thread.delete"), null));
            }
        }
        if (!row.continues() && row.replies() > 0) {
            String label = row.collapsed() ? getTranslation("thread.expand", row.replies())
                    : getTranslation("thread.collapse");
            html.append(buttons.action("toggle", "taiwa-toggle", label, !row.collapsed()));
        }
        return html.toString();
    }

    private void addContinueLink() {
        if (row.continues()) {
            var more = new RouterLink(getTranslation("thread.continue", row.replies()), FocusedPostView.class,
                    new RouteParameters(new RouteParam("threadId", row.post().thread().value()),
                            new RouteParam("postId", row.post().id().value())));
            more.addClassName("taiwa-continue");
            actionBar.add(more);
        }
    }
}
