package org.taiwa.library.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.security.TooManyRequestsException;
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
    private final StagedFiles staged = new StagedFiles();
    private final Upload upload;
    private final VerticalLayout results = new VerticalLayout();
    private final H2 resultsHeading = new H2();
    private final Map<PolicyDocument, Span> pending = new LinkedHashMap<>();
    private Registration polling;

    UploadView(DocumentUploads uploads, PolicyLibrary library, LibraryProperties properties, RateLimits rateLimits) {
        this.uploads = uploads;
        this.library = library;
        this.form = new MetadataForm(library.municipalities(), library.readableSpaces(), false);
        long megabytes = properties.maxFileSize().toMegabytes();
        upload = new Upload(event -> {
            StagedFile file = receive(uploads, rateLimits, event);
            if (file != null) {
                event.getUI().accessSynchronously(() -> staged.add(file));
            }
        });
        upload.setId("upload-files");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, properties.maxFileSize().toBytes()));
        upload.setDropAllowed(true);
        upload.setI18n(LibraryText.uploadTexts(this, megabytes));
        results.setId("upload-results");
        results.setPadding(false);
        var save = new Button(getTranslation("upload.save"), e -> save());
        save.setId("upload-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resultsHeading.setVisible(false);
        add(new H1(getTranslation("upload.title")), new Paragraph(getTranslation("upload.explain", megabytes)),
                upload, staged, form, save, resultsHeading, results);
    }

    /**
     * Receives one uploaded file on the request thread; a refused file is rejected with the reason
     * (shown at the file in the Upload component and as a notification).
     *
     * @return null when refused
     */
    static StagedFile receive(DocumentUploads uploads, RateLimits rateLimits, UploadEvent event) {
        try (InputStream in = event.getInputStream()) {
            rateLimits.takeForCurrentMember(RateLimit.UPLOAD);
            return uploads.receive(event.getFileName(), in);
        } catch (LibraryProblem | InvalidDocumentException | TooManyRequestsException e) {
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

    /** Stores every staged file that is not a duplicate, with the shared details and its own title. */
    void save() {
        List<StagedFile> files = staged.storable();
        if (files.isEmpty()) {
            Notification.show(getTranslation("upload.none"), 5_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        if (!form.validate()) {
            return;
        }
        for (StagedFile file : files) {
            TextField title = staged.title(file);
            try {
                PolicyDocument document = uploads.create(file, form.metadata(title.getValue()));
                staged.remove(file);
                stored(document);
            } catch (DuplicateFileException e) {
                staged.remove(file);
                notifyError(getTranslation(e.getCodes()[0], e.getArguments()));
            } catch (InvalidDocumentException e) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation(e.getCodes()[0], e.getArguments()));
            }
        }
        if (staged.storable().isEmpty()) {
            upload.clearFileList();
        }
    }

    private void stored(PolicyDocument document) {
        var badge = LibraryText.status(this, document.latest().extraction());
        var link = new RouterLink(document.title(), DocumentView.class,
                new RouteParameters("documentId", document.id().value()));
        var row = new HorizontalLayout(link, badge);
        row.addClassName("taiwa-result");
        results.add(row);
        resultsHeading.setText(getTranslation("upload.results"));
        resultsHeading.setVisible(true);
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
