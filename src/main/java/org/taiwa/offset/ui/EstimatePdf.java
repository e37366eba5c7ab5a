package org.taiwa.offset.ui;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.taiwa.offset.Estimate;
import org.taiwa.offset.Estimate.CategoryEstimate;
import org.taiwa.offset.Estimate.Line;
import org.taiwa.offset.Factor;

/**
 * The estimate on one A4 page: the event, the total, the credits (and their cost when a price is known), a table
 * by category, the lines, and the sources of the factors used, in small type so that twenty travel rows still fit.
 */
final class EstimatePdf {

    private EstimatePdf() {
    }

    static void write(Footprint footprint, OffsetTexts texts, BaseFont base, OutputStream out) {
        Estimate e = footprint.estimate();
        var title = new Font(base, 16, Font.BOLD);
        var body = new Font(base, 10);
        var small = new Font(base, 7);
        var document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(footprint.eventName());
        document.open();
        document.add(new Paragraph(footprint.eventName().isEmpty() ? texts.get("offset.title")
                : footprint.eventName(), title));
        document.add(new Paragraph(texts.get("offset.export.event", footprint.dates(),
                footprint.inputs().participants(), footprint.inputs().days()), body));
        document.add(new Paragraph(texts.get("offset.result.total", texts.kg(e.totalKgCo2()),
                texts.tonnes(e.totalTonnes())), new Font(base, 13, Font.BOLD)));
        document.add(new Paragraph(texts.get("offset.result.credits", e.creditsNeeded()), body));
        footprint.pricePerTonne().ifPresent(price -> document.add(new Paragraph(texts.get("offset.result.cost",
                texts.number(e.cost(price), 0), texts.number(price, 0)), body)));
        document.add(new Paragraph(texts.get("offset.result.factor-set", e.factorSet().name(),
                e.factorSet().fiscalYear()), small));

        var categories = table(new float[] {3, 2}, small, texts.get("offset.result.category"),
                texts.get("offset.result.kg"));
        for (CategoryEstimate category : e.categories()) {
            cells(categories, small, texts.category(category.category()), texts.kg(category.kgCo2()));
        }
        cells(categories, small, texts.get("offset.result.sum"), texts.kg(e.totalKgCo2()));
        categories.setWidthPercentage(50);
        categories.setHorizontalAlignment(Element.ALIGN_LEFT);
        document.add(categories);

        var lines = table(new float[] {3, 2, 2, 2, 3, 2}, small, texts.get("offset.result.item"),
                texts.get("offset.result.quantity"), texts.get("offset.result.unit"), texts.get("offset.result.factor"),
                texts.get("offset.result.factor-unit"), texts.get("offset.result.kg"));
        Map<String, Factor> used = new LinkedHashMap<>();
        for (CategoryEstimate category : e.categories()) {
            for (Line line : category.lines()) {
                cells(lines, small, texts.item(line.item()), texts.number(line.quantity(), 3), texts.unit(line.unit()),
                        texts.number(line.factor().value(), 6), line.factor().valueUnit(), texts.kg(line.kgCo2()));
                used.putIfAbsent(category.category().code() + "/" + line.item(), line.factor());
            }
        }
        document.add(lines);

        document.add(new Paragraph(texts.get("offset.result.sources"), body));
        for (Factor factor : used.values()) {
            document.add(new Paragraph(texts.item(factor.item()) + ": " + factor.source().citation()
                    + (factor.source().url().isBlank() ? "" : " " + factor.source().url())
                    + (factor.estimate() ? " [" + texts.get("offset.result.estimate-badge") + "]" : ""), small));
        }
        document.close();
    }

    private static PdfPTable table(float[] widths, Font font, String... headers) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        cells(table, font, headers);
        return table;
    }

    private static void cells(PdfPTable table, Font font, String... texts) {
        for (String text : texts) {
            var cell = new PdfPCell(new Phrase(text, font));
            cell.setPadding(2);
            table.addCell(cell);
        }
    }
}
