package org.taiwa.discussion.ui;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.taiwa.discussion.PostModeration;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.ThreadSplitter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The small dialogs of {@link ModerationActions}: a reason for hiding, a title for a split, a target space
 * for a move. Each checks for a missing value before it calls anything; the action runs on confirm and the
 * dialog closes once it succeeded (a refused action shows its message and leaves the dialog open).
 */
final class ModerationDialogs {

    private ModerationDialogs() {
    }

    static Dialog hide(Consumer<String> action) {
        var reason = new TextArea(t("moderation.hide.reason"));
        reason.setId("moderation-hide-reason");
        reason.setMaxLength(PostModeration.MAX_REASON);
        reason.setWidthFull();
        return dialog("moderation.hide.heading", "moderation-hide", reason, () -> {
            if (reason.getValue().isBlank()) {
                return invalid(reason, "discussion.hide.reason.empty");
            }
            action.accept(reason.getValue());
            return true;
        });
    }

    static Dialog split(Consumer<String> action) {
        var title = new TextField(t("moderation.split.title"));
        title.setId("moderation-split-title");
        title.setMaxLength(ThreadSplitter.MAX_TITLE);
        title.setWidthFull();
        return dialog("moderation.split.heading", "moderation-split", title, () -> {
            if (title.getValue().isBlank()) {
                return invalid(title, "discussion.title.empty");
            }
            action.accept(title.getValue());
            return true;
        });
    }

    static Dialog move(List<Space> targets, Consumer<Space> action) {
        var target = new Select<Space>();
        target.setLabel(t("moderation.move.target"));
        target.setId("moderation-move-target");
        target.setItems(targets);
        target.setItemLabelGenerator(space -> DiscussionText.name(space, UI.getCurrent().getLocale()));
        target.setWidthFull();
        return dialog("moderation.move.heading", "moderation-move", target, () -> {
            if (target.isEmpty()) {
                return invalid(target, "discussion.move.no-target");
            }
            action.accept(target.getValue());
            return true;
        });
    }

    /** @param confirm runs the action; false when the input was refused and the dialog stays open */
    private static Dialog dialog(String heading, String id, Component field, BooleanSupplier confirm) {
        var dialog = new Dialog(t(heading));
        dialog.setId(id + "-dialog");
        dialog.setWidth("32rem");
        dialog.add(field);
        var ok = new Button(t("moderation.confirm"), e -> {
            if (confirm.getAsBoolean()) {
                dialog.close();
            }
        });
        ok.setId(id + "-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(t("moderation.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, ok);
        return dialog;
    }

    private static boolean invalid(HasValidation field, String key) {
        field.setErrorMessage(t(key));
        field.setInvalid(true);
        return false;
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
