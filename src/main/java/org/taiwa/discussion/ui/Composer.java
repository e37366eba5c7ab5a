package org.taiwa.discussion.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.taiwa.security.RateLimit;
import org.taiwa.security.TooManyRequestsException;
import org.taiwa.discussion.Draft;
import org.taiwa.discussion.DraftKey;
import org.taiwa.discussion.InvalidInputException;
import org.taiwa.discussion.MentionSuggestion;
import org.taiwa.discussion.Mentions;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.ThreadId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The composer docked at the foot of a thread page (Discourse-like): "Replying to @x", the Markdown text,
 * suggestions while an {@code @name} is typed, and a draft kept on the server as the member types
 * (after a pause of {@value #DRAFT_PAUSE_MS} ms), restored when the composer opens for the same post again.
 */
class Composer extends Div {

    static final int DRAFT_PAUSE_MS = 800;
    /** An {@code @} and what follows it at the end of the text: the name being typed. */
    private static final Pattern TYPED_MENTION = Pattern.compile("(?:^|[^A-Za-z0-9._-])@([^\\s@]{1,30})$");

    private final ThreadServices services;
    private final ThreadId thread;
    private final Consumer<Post> sent;
    private final Span replyingTo = new Span();
    private final TextArea text = new TextArea();
    private final Div suggestions = new Div();
    private Post parent;
    /** What the draft store holds, so that only changes are saved. */
    private String saved = "";

    Composer(ThreadServices services, ThreadId thread, Consumer<Post> sent) {
        this.services = services;
        this.thread = thread;
        this.sent = sent;
        setId("composer");
        addClassName("taiwa-composer");
        replyingTo.setId("composer-replying-to");
        var close = new Button(getTranslation("composer.close"), e -> close());
        close.setId("composer-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var head = new Div(replyingTo, close);
        head.addClassName("taiwa-composer-head");
        text.setId("composer-body");
        text.setWidthFull();
        text.setMinHeight("6rem");
        text.setMaxHeight("40vh");
        text.setHelperText(getTranslation("discussion.markdown-help") + " " + getTranslation("composer.mention-help"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(DRAFT_PAUSE_MS);
        text.addValueChangeListener(e -> typed(e.getValue()));
        suggestions.setId("mention-suggestions");
        suggestions.addClassName("taiwa-mention-suggestions");
        var send = new Button(getTranslation("thread.send"), e -> send());
        send.setId("composer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(head, text, suggestions, send);
        setVisible(false);
    }

    /** Opens the composer to answer the post, with the member's draft for it if there is one. */
    void open(Post answered) {
        if (isVisible() && parent != null && parent.id().equals(answered.id())) {
            text.focus();
            return;
        }
        show(answered, services.drafts().find(key(answered)).map(Draft::body).orElse(""));
    }

    /** Opens the composer with a draft restored (after a reload). */
    void open(Post answered, Draft draft) {
        show(answered, draft.body());
    }

    /** Adds the post's text as a Markdown quote with its author; opens the composer to answer it if closed. */
    void quote(Post post) {
        if (!isVisible()) {
            open(post);
        }
        String quoted = "> " + getTranslation("composer.quote-attribution", "@" + post.author()) + "\n"
                + post.body().strip().lines().map(line -> "> " + line).reduce((a, b) -> a + "\n" + b).orElse(">")
                + "\n\n";
        String before = text.getValue();
        text.setValue(before.isBlank() ? quoted : before.stripTrailing() + "\n\n" + quoted);
        text.focus();
    }

    void close() {
        setVisible(false);
        suggestions.removeAll();
    }

    /** The post answered while open. */
    Post parent() {
        return parent;
    }

    private void show(Post answered, String body) {
        parent = answered;
        replyingTo.setText(getTranslation("composer.replying-to", "@" + answered.author()));
        saved = body;
        text.setValue(body);
        text.setInvalid(false);
        suggestions.removeAll();
        setVisible(true);
        text.focus();
    }

    private void typed(String value) {
        if (parent != null && !value.equals(saved)) {
            try {
                services.drafts().save(key(parent), "", value);
                saved = value;
            } catch (InvalidInputException e) {
                // too long to keep: sending will say so
            }
        }
        suggest(value);
    }

    private void suggest(String value) {
        suggestions.removeAll();
        Matcher typed = TYPED_MENTION.matcher(value);
        if (!typed.find()) {
            return;
        }
        List<MentionSuggestion> found = services.mentions().suggest(typed.group(1), Mentions.MAX_SUGGESTIONS);
        int at = typed.start(1) - 1;
        for (MentionSuggestion suggestion : found) {
            var choice = new Button(suggestion.label(), e -> {
                text.setValue(value.substring(0, at) + "@" + suggestion.handle() + " ");
                suggestions.removeAll();
                text.focus();
            });
            choice.addClassName("taiwa-mention-suggestion");
            choice.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            suggestions.add(choice);
        }
    }

    private void send() {
        if (text.getValue().isBlank()) {
            text.setErrorMessage(getTranslation("discussion.post.empty"));
            text.setInvalid(true);
            return;
        }
        Post post;
        try {
            services.rateLimits().takeForCurrentMember(RateLimit.POSTING);
            post = services.threads().reply(thread, parent.id(), text.getValue());
        } catch (InvalidInputException | TooManyRequestsException e) {
            text.setErrorMessage(getTranslation(e.getCodes()[0], e.getArguments()));
            text.setInvalid(true);
            return;
        }
        services.drafts().discard(key(parent));
        saved = "";
        text.setValue("");
        close();
        sent.accept(post);
    }

    private DraftKey key(Post answered) {
        return DraftKey.reply(thread, answered.id());
    }
}
