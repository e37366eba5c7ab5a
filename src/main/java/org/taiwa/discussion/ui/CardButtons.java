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
                + "\"" + (who != null ? " title=\"" + escape(who) + "\"" : "")
                + (enabled ? "" : " disabled") + ">" + escape(label) + "</button>";
    }

    /**
     * An action button; {@code expanded} gives it {@code aria-expanded} (a tree toggle), {@code title} a tooltip
     * (either may be null).
     */
    String action(String action, String className, String label, Boolean expanded, String title) {
        offered.add(action);
        return "<button type=\"button\" class=\"" + className + "\" data-action=\"" + action + "\""
                + (expanded != null ? " aria-expanded=\"" + expanded + "\"" : "")
                + (title != null ? " title=\"" + escape(title) + "\"" : "") + ">" + escape(label) + "</button>";
    }

    /** A container with this HTML as its content: one element on the server, however much it shows. */
    Div html(String className, String html) {
        var container = new Div();
        container.addClassName(className);
        container.getElement().setProperty("innerHTML", html);
        return container;
    }

    /** Text made safe for HTML content and attribute values. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    Set<String> offered() {
        return Set.copyOf(offered);
    }
}
