package org.taiwa.offset.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.openpdf.text.pdf.BaseFont;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;

/**
 * CSV and PDF of the estimate showing. Without a Japanese font the PDF link is replaced by a sentence naming the
 * setting that provides one; CSV always works.
 */
final class ExportLinks extends Composite<HorizontalLayout> {

    static final String PDF_FONT_PROPERTY = "taiwa.offset.pdf-font";

    private final OffsetTexts texts;
    private final Optional<BaseFont> font;
    private final Anchor csv;
    private final Anchor pdf;
    /** Read by the downloads, which run outside the UI's lock. */
    private volatile Footprint footprint;

    ExportLinks(String idPrefix, Optional<BaseFont> font) {
        this.texts = OffsetTexts.of(this);
        this.font = font;
        csv = new Anchor(this::csv, AttachmentType.DOWNLOAD, texts.get("offset.export.csv"));
        csv.setId(idPrefix + "-export-csv");
        pdf = new Anchor(this::pdf, AttachmentType.DOWNLOAD, texts.get("offset.export.pdf"));
        pdf.setId(idPrefix + "-export-pdf");
        getContent().setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().add(csv);
        if (font.isPresent()) {
            getContent().add(pdf);
        } else {
            var missing = new Span(texts.get("offset.export.pdf-no-font", PDF_FONT_PROPERTY));
            missing.setId(idPrefix + "-export-pdf-missing");
            getContent().add(missing);
        }
        show(Optional.empty());
    }

    /** The footprint the links export; hidden while there is none. */
    void show(Optional<Footprint> current) {
        footprint = current.orElse(null);
        getContent().setVisible(current.isPresent());
    }

    private void csv(DownloadEvent event) throws IOException {
        Footprint current = footprint;
        if (current == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(current.fileName("csv"));
        event.setContentType("text/csv; charset=UTF-8");
        try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            EstimateCsv.write(current, texts, out);
        }
    }

    private void pdf(DownloadEvent event) throws IOException {
        Footprint current = footprint;
        if (current == null || font.isEmpty()) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(current.fileName("pdf"));
        event.setContentType("application/pdf");
        try (var out = event.getOutputStream()) {
            EstimatePdf.write(current, texts, font.get(), out);
        }
    }
}
