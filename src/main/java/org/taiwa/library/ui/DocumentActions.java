package org.taiwa.library.ui;

import org.taiwa.security.RateLimits;
import org.taiwa.library.DocumentEditor;
import org.taiwa.library.DocumentUploads;
import org.taiwa.library.LibraryProblem;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.library.StagedFile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;

/** What the uploader and the secretariat can do on the document page: a new version, editing, deleting. */
final class DocumentActions {

    private DocumentActions() {
    }

    static Component newVersion(DocumentView view, DocumentUploads uploads, RateLimits rateLimits,
                                PolicyDocument document) {
        var upload = new Upload(event -> {
            // on the request thread, outside the session lock: receiving a large file does not block the UI
            StagedFile staged = UploadView.receive(uploads, rateLimits, event);
            if (staged != null) {
                event.getUI().accessSynchronously(() -> {
                    try {
                        // on top of the version this page shows: one added meanwhile is a conflict, not buried
                        PolicyDocument updated = uploads.addVersion(document.id(), staged,
                                document.latest().number());
                        Notification.show(view.getTranslation("document.new-version.done", updated.latest().number()),
                                5_000, Notification.Position.BOTTOM_START);
                        view.show(updated);
                    } catch (LibraryProblem e) {
                        Notification.show(view.getTranslation(e.getCodes()[0], e.getArguments()), 8_000,
                                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                });
            }
        });
        upload.setId("document-new-version");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, view.maxBytes()));
        upload.setI18n(LibraryText.uploadTexts(view, view.maxMegabytes()));
        var details = new Details(view.getTranslation("document.new-version"), upload);
        details.setId("document-new-version-details");
        return details;
    }

    static Component edit(DocumentView view, DocumentEditor editor, PolicyLibrary library, PolicyDocument document) {
        return button(view, "document-edit", "document.edit", ButtonVariant.LUMO_TERTIARY, () -> {
            var form = new MetadataForm(library.municipalities(), library.readableSpaces(), true);
            form.read(document.metadata(), view.space(document));
            var dialog = new Dialog(view.getTranslation("document.edit"));
            dialog.setId("document-edit-dialog");
            dialog.setWidth("48rem");
            dialog.add(form);
            var save = new Button(view.getTranslation("document.save"), e -> {
                if (form.validate()) {
                    PolicyDocument saved = editor.update(document.id(), document.revision(), form.metadata());
                    dialog.close();
                    Notification.show(view.getTranslation("document.saved"), 3_000, Notification.Position.BOTTOM_START);
                    view.show(saved);
                }
            });
            save.setId("document-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(view.getTranslation("document.cancel"), e -> dialog.close()), save);
            dialog.open();
        });
    }

    static Component delete(DocumentView view, DocumentEditor editor, PolicyDocument document) {
        return button(view, "document-delete", "document.delete", ButtonVariant.LUMO_ERROR, () -> {
            var confirm = new ConfirmDialog(view.getTranslation("document.delete"),
                    view.getTranslation("document.delete.confirm", document.title()), view.getTranslation("document.delete"),
                    e -> {
                        editor.delete(document.id());
                        Notification.show(view.getTranslation("document.deleted", document.title()), 5_000,
                                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        view.getUI().ifPresent(ui -> ui.navigate(LibraryView.class));
                    }, view.getTranslation("document.cancel"), e -> { });
            confirm.setId("document-delete-confirm");
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
    }

    private static Button button(Component view, String id, String label, ButtonVariant variant, Runnable action) {
        var button = new Button(view.getTranslation(label), e -> action.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }
}
