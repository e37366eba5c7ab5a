package org.taiwa.library.ui;

import org.taiwa.security.RateLimits;
import org.taiwa.library.DocumentEditor;
import org.taiwa.library.DocumentId;
import org.taiwa.library.DocumentNotFoundException;
import org.taiwa.library.DocumentUploads;
import org.taiwa.library.ExtractionStatus;
import org.taiwa.library.LibraryProperties;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.library.SpaceRef;
import org.taiwa.library.TextPreview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/**
 * One document: its details with the fiscal year in era and Western form, the beginning of its text
 * (as plain text), how the text was read, its versions with downloads, and — for its uploader and the
 * secretariat — a new version, editing and deleting. While the text is being read the page asks again
 * every two seconds.
 */
@Route("library/:documentId")
@PermitAll
class DocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 2_000;

    private final PolicyLibrary library;
    private final DocumentUploads uploads;
    private final DocumentEditor editor;
    private DocumentId id;
    private String title = "";
    private Registration polling;

    private final long maxMegabytes;
    private final long maxBytes;
    private final RateLimits rateLimits;

    DocumentView(PolicyLibrary library, DocumentUploads uploads, DocumentEditor editor, LibraryProperties properties,
                 RateLimits rateLimits) {
        this.maxMegabytes = properties.maxFileSize().toMegabytes();
        this.maxBytes = properties.maxFileSize().toBytes();
        this.rateLimits = rateLimits;
        this.library = library;
        this.uploads = uploads;
        this.editor = editor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = new DocumentId(event.getRouteParameters().get("documentId").orElseThrow());
            show(library.get(id));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, e.getMessage());
        } catch (DocumentNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    /** Shows the document as it is now. */
    void show(PolicyDocument document) {
        removeAll();
        title = document.title();
        var heading = new H1(title);
        heading.setId("document-title");
        String spaceName = library.space(document.metadata().spaceId()).map(s -> s.name(getLocale())).orElse("");
        add(heading, actions(document), DocumentDetails.metadata(this, document, spaceName,
                LibraryText.byId(library.municipalities())));
        add(new H2(getTranslation("document.text")), extraction(document), preview());
        add(new H2(getTranslation("document.versions")), DocumentDetails.versions(this, library, document));
        add(new H2(getTranslation("document.discussions")), discussions());
        pollWhilePending(document);
    }

    private Component actions(PolicyDocument document) {
        Anchor download = DocumentDetails.download(library, document.id(), document.latest(),
                getTranslation("document.download") + " (" + document.latest().fileName() + ")");
        download.setId("document-download");
        var bar = new HorizontalLayout(download);
        bar.setAlignItems(Alignment.BASELINE);
        if (library.canEdit(document)) {
            bar.add(DocumentActions.newVersion(this, uploads, rateLimits, document), DocumentActions.edit(this, editor, library,
                    document), DocumentActions.delete(this, editor, document));
        }
        return bar;
    }

    private Component extraction(PolicyDocument document) {
        var status = LibraryText.status(this, document.latest().extraction());
        status.setId("document-extraction");
        var reason = new Span(LibraryText.label(this, document.latest().extraction().reason()));
        reason.setId("document-extraction-reason");
        return new HorizontalLayout(status, reason);
    }

    private Component preview() {
        TextPreview preview = library.preview(id);
        String text = preview.text().isEmpty() ? getTranslation(preview.extraction().status() == ExtractionStatus.PENDING
                ? "document.text.pending" : "document.text.none")
                : preview.text() + (preview.more() ? "\n" + getTranslation("document.text.more") : "");
        // setText: whatever the file contained is shown as text, never as markup
        var pre = new Pre();
        pre.setText(text);
        pre.setId("document-text");
        pre.addClassName("taiwa-text-preview");
        // it scrolls on its own (max-height): a keyboard user needs a tab stop to scroll it, a screen reader a name
        pre.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", getTranslation("document.text"));
        return pre;
    }

    private Component discussions() {
        var list = new UnorderedList();
        list.setId("document-discussions");
        library.discussions(id).forEach(link -> list.add(new ListItem(new Anchor(link.path(), link.title()))));
        return list.getChildren().findAny().isPresent() ? list : new Paragraph(getTranslation("document.discussions.none"));
    }

    private void pollWhilePending(PolicyDocument document) {
        UI ui = UI.getCurrent();
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        boolean pending = document.latest().extraction().status() == ExtractionStatus.PENDING;
        ui.setPollInterval(pending ? POLL_MILLIS : -1);
        if (pending) {
            polling = ui.addPollListener(e -> {
                PolicyDocument now = library.get(id);
                if (now.latest().extraction().status() != ExtractionStatus.PENDING) {
                    show(now);
                }
            });
        }
    }

    /** Loads the document again (after a poll, a new version or an edit). */
    void refresh() {
        show(library.get(id));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            detachEvent.getUI().setPollInterval(-1);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }

    long maxMegabytes() {
        return maxMegabytes;
    }

    /** The largest file, for the new-version upload's own check before sending. */
    long maxBytes() {
        return maxBytes;
    }

    SpaceRef space(PolicyDocument document) {
        return library.space(document.metadata().spaceId()).orElse(null);
    }
}
