package org.taiwa.discussion.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.taiwa.discussion.InvalidInputException;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;

/**
 * What authors do to their posts on the thread page: edit inline (the text in progress is kept here, since
 * the lazy list rebuilds cards at will), delete after confirming, and anyone's look at an edit history.
 */
final class AuthorActions {

    private final ThreadServices services;
    private final Runnable changed;
    private final Map<PostId, String> editing = new HashMap<>();

    /** @param changed called when what the list shows changed */
    AuthorActions(ThreadServices services, Runnable changed) {
        this.services = services;
        this.changed = changed;
    }

    Optional<String> editing(PostId post) {
        return Optional.ofNullable(editing.get(post));
    }

    void startEdit(Post post) {
        editing.put(post.id(), post.body());
        changed.run();
    }

    void typeEdit(Post post, String text) {
        editing.computeIfPresent(post.id(), (id, old) -> text);
    }

    void saveEdit(Post post, String text) {
        try {
            services.threads().edit(post.id(), text);
        } catch (InvalidInputException e) {
            Notification.show(translate(e.getCodes()[0], e.getArguments()), 5_000, Notification.Position.MIDDLE);
            return;
        }
        editing.remove(post.id());
        changed.run();
    }

    void cancelEdit(Post post) {
        editing.remove(post.id());
        changed.run();
    }

    void delete(Post post) {
        var confirm = new ConfirmDialog(translate("thread.delete.title"),
                translate(post.isOpening() ? "thread.delete.opening" : "thread.delete.confirm"),
                translate("thread.delete"), e -> {
                    services.threads().delete(post.id());
                    changed.run();
                });
        confirm.setId("delete-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(translate("thread.edit.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void showHistory(Post post) {
        new PostHistoryDialog(post, services.threads().history(post.id())).open();
    }

    private static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
