package org.taiwa.discussion.ui;

import java.util.Locale;

import org.taiwa.discussion.Post;
import org.taiwa.discussion.ReactionKind;
import org.taiwa.discussion.Reactions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/** 賛成 / 共感 / 質問 with their counts; the member's own reactions are highlighted and toggle on a click. */
class ReactionBar extends Div {

    ReactionBar(Post post, Reactions reactions, PostActions actions) {
        addClassName("taiwa-reactions");
        for (ReactionKind kind : ReactionKind.values()) {
            boolean mine = reactions.has(kind, actions.me());
            int count = reactions.count(kind);
            var button = new Button(getTranslation("enum.ReactionKind." + kind.name())
                    + (count > 0 ? " " + count : ""));
            button.addClassNames("taiwa-reaction", "taiwa-reaction-" + kind.name().toLowerCase(Locale.ROOT));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    mine ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("aria-pressed", String.valueOf(mine));
            if (count > 0) {
                button.setTooltipText(String.join(", ", reactions.who(kind)));
            }
            button.setEnabled(actions.writable());
            button.addClickListener(e -> actions.react(post, kind, !mine));
            add(button);
        }
    }
}
