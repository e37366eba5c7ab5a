package org.taiwa.discussion.ui;

import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.taiwa.discussion.Post;
import org.taiwa.discussion.ReactionKind;
import org.taiwa.discussion.Reactions;
import org.taiwa.discussion.ThreadRow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * One post in the tree, indented by its depth: who wrote it when, the text (or an editor for the author),
 * the reactions and what the member can do with it; for a hidden post the moderator's reason, and for
 * moderators their controls ({@link ModerationActions}).
 * <p>
 * The line about the post, the text, the reactions and the member's actions are HTML written here ({@link
 * CardButtons}): a card is three or four elements on the server, whatever it shows. Its buttons are plain {@code
 * <button>}s, with one click listener on the card that reads the clicked button's {@code data-action}. A thread
 * page shows many cards, and a component for each part and each button made the page's state (its heap and the
 * work on each round trip) several times larger (docs/decisions/0020-load.md). Only the actions the card offered
 * are carried out. Components remain for what needs them: the editor, the attachments and the moderators'
 * controls.
 */
class PostCard extends Div {

    /** The clicked button's action, read in the browser. */
    static final String ACTION = "(event.target.closest('button[data-action]')||{dataset:{}}).dataset.action";

    /** Only clicks on an action button go to the server. */
    static final String ON_BUTTON = "!!event.target.closest('button[data-action]')";

    private static final double INDENT_REM = 1.5;

    private final ThreadRow row;
    private final PostActions actions;
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
        add(buttons.html("taiwa-post-meta", meta(post)));
        ModerationActions.hiddenNotice(post).ifPresent(this::add);
        add(body(post));
        if (showsText(post)) {
            actions.attachments(post).ifPresent(this::add);
        }
        add(footer(post));
        getElement().addEventListener("click", event -> act(event.getEventData().path(ACTION).asString("")))
                .addEventData(ACTION).setFilter(ON_BUTTON);
    }

    /** The actions this card offers ({@code reply}, {@code react-AGREE}, …), for tests. */
    Set<String> offered() {
        return buttons.offered();
    }

    /** The HTML the card wrote into its elements (its line, text and buttons), for tests. */
    String buttonsHtml() {
        return written(getElement());
    }

    private static String written(Element element) {
        return element.getProperty("innerHTML", "")
                + element.getChildren().map(PostCard::written).collect(Collectors.joining());
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
            case "history" -> actions.showHistory(post);
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

    /** Who wrote it, from where and when; "new" for an unread post, and "edited" opening the versions. */
    private String meta(Post post) {
        var html = new StringBuilder("<span>").append(CardButtons.escape(post.author()
                + (post.municipality().isBlank() ? "" : " · " + post.municipality()) + " · "
                + DiscussionText.time(post.createdAt()))).append("</span>");
        if (actions.isNew(post)) {
            html.append("<span class=\"taiwa-new-badge\">").append(CardButtons.escape(getTranslation("thread.new")))
                    .append("</span>");
        }
        if (post.editedAt() != null && showsText(post)) {
            html.append(buttons.action("history", "taiwa-edited", getTranslation("thread.edited"), null,
                    getTranslation("thread.edited.at", DiscussionText.time(post.editedAt()))));
        }
        return html.toString();
    }

    /** The text (sanitised HTML), the deleted notice, or the editor while the author edits. */
    private Component body(Post post) {
        Optional<String> editing = actions.editing(post.id());
        if (!post.deleted() && editing.isPresent()) {
            var body = new Div(editor(post, editing.get()));
            body.addClassName("taiwa-post-content");
            return body;
        }
        if (post.deleted() || !showsText(post)) {
            var body = new Div();
            body.addClassName("taiwa-post-content");
            if (post.deleted()) {
                body.setText(getTranslation("thread.deleted"));
            }
            return body;
        }
        return buttons.html("taiwa-post-content", "<div class=\"taiwa-post-body\">" + post.bodyHtml() + "</div>");
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

    /**
     * The reactions and the actions as one piece of HTML; the "continue in its own view" link and the moderators'
     * controls, when there are any, follow it as components.
     */
    private Component footer(Post post) {
        String html = (showsText(post) ? "<div class=\"taiwa-reactions\">" + reactions() + "</div>" : "")
                + "<div class=\"taiwa-post-actions\">" + actionButtons(post) + "</div>";
        var extras = new ArrayList<Component>();
        continueLink().ifPresent(extras::add);
        actions.moderation(post).ifPresent(extras::add);
        if (extras.isEmpty()) {
            return buttons.html("taiwa-post-footer", html);
        }
        var footer = new Div(buttons.html("taiwa-post-controls", html));
        footer.addClassName("taiwa-post-footer");
        extras.forEach(footer::add);
        return footer;
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
                html.append(buttons.action("reply", "taiwa-reply", getTranslation("thread.reply"), null, null))
                        .append(buttons.action("quote", "taiwa-quote", getTranslation("thread.quote"), null, null));
            }
            if (post.author().equals(actions.me()) && actions.editing(post.id()).isEmpty()) {
                html.append(buttons.action("edit", "taiwa-edit", getTranslation("thread.edit"), null, null))
                        .append(buttons.action("delete", "taiwa-delete", getTranslation("thread.delete"), null, null));
            }
        }
        if (!row.continues() && row.replies() > 0) {
            String label = row.collapsed() ? getTranslation("thread.expand", row.replies())
                    : getTranslation("thread.collapse");
            html.append(buttons.action("toggle", "taiwa-toggle", label, !row.collapsed(), null));
        }
        return html.toString();
    }

    private Optional<Component> continueLink() {
        if (!row.continues()) {
            return Optional.empty();
        }
        var more = new RouterLink(getTranslation("thread.continue", row.replies()), FocusedPostView.class,
                new RouteParameters(new RouteParam("threadId", row.post().thread().value()),
                        new RouteParam("postId", row.post().id().value())));
        more.addClassName("taiwa-continue");
        return Optional.of(more);
    }
}
