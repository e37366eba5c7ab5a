package org.taiwa.library.ui;

import java.util.Map;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentId;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.DocumentVersion;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.library.StoredFile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** The parts of the document page that only show: its details, versions and download links. */
final class DocumentDetails {

    private DocumentDetails() {
    }

    static Component metadata(Component view, PolicyDocument document, String spaceName,
                              Map<MunicipalityId, Municipality> municipalities) {
        DocumentMetadata m = document.metadata();
        var form = new FormLayout();
        form.setId("document-details");
        item(view, form, "document-type", "document.type", LibraryText.label(view, m.type()));
        item(view, form, "document-year", "document.year", m.fiscalYear().label(LibraryText.locale()));
        item(view, form, "document-municipalities", "document.municipalities",
                LibraryText.municipalities(view, m, municipalities));
        item(view, form, "document-space", "document.space", spaceName);
        item(view, form, "document-model", "document.model", LibraryText.label(view, m.model()));
        item(view, form, "document-stage", "document.stage", LibraryText.label(view, m.stage()));
        item(view, form, "document-tags", "document.tags", String.join(" · ", m.tags()));
        item(view, form, "document-visibility", "document.visibility", LibraryText.label(view, m.visibility()));
        item(view, form, "document-author", "document.author", m.author());
        item(view, form, "document-uploaded-by", "document.uploaded-by", document.uploadedBy());
        item(view, form, "document-updated", "document.updated", LibraryText.time(document.updatedAt()));
        if (!m.summary().isEmpty()) {
            var summary = item(view, form, "document-summary", "document.summary", m.summary());
            form.setColspan(summary, 2);
        }
        return form;
    }

    private static Component item(Component view, FormLayout form, String id, String label, String value) {
        var text = new Span(value == null || value.isEmpty() ? "—" : value);
        text.setId(id);
        var item = form.addFormItem(text, view.getTranslation(label));
        return item;
    }

    static Grid<DocumentVersion> versions(Component view, PolicyLibrary library, PolicyDocument document) {
        var grid = new Grid<DocumentVersion>();
        grid.setId("document-versions");
        grid.addColumn(v -> view.getTranslation("document.version", v.number()))
                .setHeader(view.getTranslation("document.version")).setAutoWidth(true);
        grid.addComponentColumn(v -> download(library, document.id(), v, v.fileName()))
                .setHeader(view.getTranslation("document.version.file")).setFlexGrow(2);
        grid.addColumn(v -> LibraryText.size(v.size())).setHeader(view.getTranslation("document.version.size"))
                .setAutoWidth(true);
        grid.addColumn(DocumentVersion::mediaType).setHeader(view.getTranslation("document.version.type"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.uploadedBy() + " " + LibraryText.time(v.uploadedAt()))
                .setHeader(view.getTranslation("document.version.uploaded")).setAutoWidth(true);
        grid.addComponentColumn(v -> LibraryText.status(view, v.extraction()))
                .setHeader(view.getTranslation("document.version.text")).setAutoWidth(true);
        grid.setItems(document.versions().reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A link that downloads one version; the permission is checked again when it is used. */
    static Anchor download(PolicyLibrary library, DocumentId id, DocumentVersion version, String text) {
        int number = version.number();
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            StoredFile file = library.file(id, number);
            return new DownloadResponse(file.content().open(), file.fileName(), file.mediaType(), file.size());
        }), AttachmentType.DOWNLOAD, text);
        anchor.addClassName("taiwa-download");
        return anchor;
    }

    static Div box(Component... children) {
        var box = new Div(children);
        box.setWidthFull();
        return box;
    }
}
