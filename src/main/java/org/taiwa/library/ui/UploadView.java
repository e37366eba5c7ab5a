package org.taiwa.library.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.taiwa.library.DocumentUploads;
import org.taiwa.library.DuplicateFileException;
import org.taiwa.library.ExtractionStatus;
import org.taiwa.library.InvalidDocumentException;
import org.taiwa.library.LibraryProperties;
import org.taiwa.library.LibraryProblem;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.library.StagedFile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/**
 * Uploading documents: drop several files at once (the Upload component shows each one's progress);
 * each is checked on arrival (size, type by content, already in the library?) and listed with a title
 * of its own; the details below apply to all. After saving, the page follows the background text
 * extraction and tells the uploader when a file's text could not be read.
 */
@Route("library/upload")
@PermitAll
class UploadView extends VerticalLayout implements HasDynamicTitle {

    private final DocumentUploads uploads;
    private final PolicyLibrary library;
    private final MetadataForm form;
    private final Map<StagedFile, TextField> staged = new LinkedHashMap<>();
    private final VerticalLayout stagedList = new VerticalLayout();
    private final VerticalLayout results = new VerticalLayout();
    private final Map<PolicyDocument, Span> pending = new LinkedHashMap<>();
    private Registration polling;

    UploadView(DocumentUploads uploads, PolicyLibrary library, LibraryProperties properties) {
        this.uploads = uploads;
        this.library = library;
        this.form = new MetadataForm(library.municipalities(), library.readableSpaces(), false);
        long megabytes = properties.maxFileSize().toMegabytes();
        var upload = new Upload(event -> {
            StagedFile file = receive(uploads, event);
            if (file != null) {
                event.getUI().accessSynchronously(() -> addStaged(file));
            }
        });
        upload.setId("upload-files");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, properties.maxFileSize().toBytes()));
        upload.setDropAllowed(true);
        stagedList.setId("upload-staged");
        stagedList.setPadding(false);
        results.setId("upload-results");
        results.setPadding(false);
        var save = new Button(getTranslation("upload.save"), e -> save());
        save.setId("upload-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("upload.title")), new Paragraph(getTranslation("upload.explain", megabytes)),
                upload, stagedList, form, save, new H2(getTranslation("upload.results")), results);
    }

    /**
     * Receives one uploaded file on the request thread; a refused file is rejected with the reason
     * (shown at the file in the Upload component and as a notification).
     *
     * @return null when refused
     */
    static StagedFile receive(DocumentUploads uploads, UploadEvent event) {
        try (InputStream in = event.getInputStream()) {
            return uploads.receive(event.getFileName(), in);
        } catch (LibraryProblem | InvalidDocumentException e) {
            UI ui = event.getUI();
            String message = ui.getTranslation("upload.rejected", event.getFileName(),
                    ui.getTranslation(((MessageSourceResolvable) e).getCodes()[0], ((MessageSourceResolvable) e).getArguments()));
            event.reject(message);
            ui.accessSynchronously(() -> Notification.show(message, 8_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addStaged(StagedFile file) {
        var title = new TextField(getTranslation("upload.file.title"));
        title.setValue(file.suggestedTitle());
        title.addClassName("taiwa-staged-title");
        title.setWidth("28rem");
        var info = new Span(file.fileName() + " · " + LibraryText.size(file.size()) + " · " + file.mediaType());
        var row = new HorizontalLayout(title, info);
        row.setAlignItems(Alignment.BASELINE);
        file.duplicateOf().ifPresent(duplicate -> {
            var warning = new Span(duplicate.existingTitle() == null ? getTranslation("upload.file.duplicate-hidden")
                    : getTranslation("upload.file.duplicate", duplicate.existingTitle(), duplicate.getBody()
                    .getProperties().get("existingVersion")));
            warning.addClassName("taiwa-staged-duplicate");
            title.setEnabled(false);
            row.add(warning);
        });
        var remove = new Button(getTranslation("upload.file.remove"), e -> {
            staged.remove(file);
            file.discard();
            stagedList.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        staged.put(file, title);
        stagedList.add(row);
    }

    /** Stores every staged file that is not a duplicate, with the shared details and its own title. */
    void save() {
        if (staged.keySet().stream().allMatch(f -> f.duplicateOf().isPresent())) {
            Notification.show(getTranslation("upload.none"), 5_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        if (!form.validate()) {
            return;
        }
        for (var entry : new ArrayList<>(staged.entrySet())) {
            StagedFile file = entry.getKey();
            TextField title = entry.getValue();
            if (file.duplicateOf().isPresent()) {
                continue;
            }
            try {
                PolicyDocument document = uploads.create(file, form.metadata(title.getValue()));
                unstage(file);
                stored(document);
            } catch (DuplicateFileException e) {
                unstage(file);
                notifyError(getTranslation(e.getCodes()[0], e.getArguments()));
            } catch (InvalidDocumentException e) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation(e.getCodes()[0], e.getArguments()));
            }
        }
    }

    private void unstage(StagedFile file) {
        TextField title = staged.remove(file);
        title.getParent().ifPresent(stagedList::remove);
    }

    private void stored(PolicyDocument document) {
        var badge = LibraryText.status(this, document.latest().extraction());
        var link = new RouterLink(document.title(), DocumentView.class,
                new RouteParameters("documentId", document.id().value()));
        var row = new HorizontalLayout(link, badge);
        row.addClassName("taiwa-result");
        results.add(row);
        Notification.show(getTranslation("upload.stored", document.title()), 3_000, Notification.Position.BOTTOM_START);
        pending.put(document, badge);
        follow();
    }

    private void follow() {
        UI ui = UI.getCurrent();
        if (polling == null && !pending.isEmpty()) {
            ui.setPollInterval(DocumentView.POLL_MILLIS);
            polling = ui.addPollListener(e -> checkExtraction());
        }
    }

    /** Updates the badges of documents whose text was being read, and tells about those that failed. */
    void checkExtraction() {
        for (var entry : List.copyOf(pending.entrySet())) {
            PolicyDocument now = library.get(entry.getKey().id());
            if (now.latest().extraction().status() == ExtractionStatus.PENDING) {
                continue;
            }
            pending.remove(entry.getKey());
            Component badge = LibraryText.status(this, now.latest().extraction());
            entry.getValue().getParent().ifPresent(row -> ((HorizontalLayout) row).replace(entry.getValue(), badge));
            String notice = LibraryText.extractionNotice(this, now);
            if (notice != null) {
                notifyError(notice);
            }
        }
        if (pending.isEmpty() && polling != null) {
            polling.remove();
            polling = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }

    private static void notifyError(String message) {
        Notification.show(message, 10_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        staged.keySet().forEach(StagedFile::discard);
        staged.clear();
        if (polling != null) {
            polling.remove();
            event.getUI().setPollInterval(-1);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.title") + " | " + getTranslation("app.name");
    }
}
