package org.taiwa.discussion.ui;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;
import org.taiwa.discussion.ReactionKind;

import com.vaadin.flow.component.html.Div;

/**
 * A post card's buttons as HTML: {@code <button type="button" data-action="…">}, no server-side component per
 * button ({@link PostCard} listens once for all). Keeps the actions it wrote, so that the card carries out only
 * those.
 */
final class CardButtons {

    /** The prefix of a reaction's action: {@code react-AGREE}. */
    static final String REACT = "react-";

    private final Function<String, String> translation;
    private final Set<String> offered = new TreeSet<>();
    private final StringBuilder written = new StringBuilder();

    CardButtons(Function<String, String> translation) {
        this.translation = translation;
    }

    /** A reaction with its count; pressed if it is the member's own; the names of who reacted as its title. */
    String reaction(ReactionKind kind, int count, boolean mine, String who, boolean enabled) {
        String label = translation.apply("enum.ReactionKind." + kind.name()) + (count > 0 ? " " + count : "");
        String action = REACT + kind.name();
        if (enabled) {
            offered.add(action);
        }
        return "<button type=\"button\" class=\"taiwa-reaction taiwa-reaction-"
                + kind.name().toLowerCase(Locale.ROOT) + "\" data-action=\"" + action + "\" aria-pressed=\"" + mine
                + "\"" + (who != null ? " title=\"" + HtmlUtils.htmlEscape(who, "UTF-8") + "\"" : "")
                + (enabled ? "" : " disabled") + ">" + HtmlUtils.htmlEscape(label, "UTF-8") + "</button>";
    }

    /** An action button; {@code expanded} gives it {@code aria-expanded} (a tree toggle). */
    String action(String action, String className, String label, Boolean expanded) {
        offered.add(action);
        return "<button type=\"button\" class=\"" + className + "\" data-action=\"" + action + "\""
                + (expanded != null ? " aria-expanded=\"" + expanded + "\"" : "") + ">"
                + HtmlUtils.htmlEscape(label, "UTF-8") + "</button>";
    }

    /** A container with these buttons as its content. */
    Div html(String className, String buttons) {
        var container = new Div();
        container.addClassName(className);
        container.getElement().setProperty("innerHTML", buttons);
        written.append(buttons);
        return container;
    }

    Set<String> offered() {
        return Set.copyOf(offered);
    }

    String written() {
        return written.toString();
    }
}
