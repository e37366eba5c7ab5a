package org.taiwa.purchase.ui;

import java.io.OutputStream;

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

/** One offset certificate on an A4 page: the title, the statement, and a table of its facts. */
final class CertificatePdf {

    private CertificatePdf() {
    }

    static void write(Certificate certificate, PurchaseTexts texts, BaseFont base, OutputStream out) {
        var title = new Font(base, 22, Font.BOLD);
        var body = new Font(base, 12);
        var document = new Document(PageSize.A4, 56, 56, 72, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.get("purchase.certificate.title") + " " + certificate.number());
        document.open();
        var heading = new Paragraph(texts.get("purchase.certificate.title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(24);
        document.add(heading);
        var statement = new Paragraph(texts.get("purchase.certificate.statement", certificate.municipality(),
                certificate.event(), texts.number(certificate.tonnes())), body);
        statement.setSpacingAfter(18);
        document.add(statement);
        var table = new PdfPTable(new float[] {2, 5});
        table.setWidthPercentage(100);
        row(table, body, texts.get("purchase.certificate.number"), certificate.number());
        row(table, body, texts.get("purchase.certificate.campaign"), certificate.campaign());
        row(table, body, texts.get("purchase.certificate.project"), certificate.project());
        row(table, body, texts.get("purchase.certificate.issuer"), certificate.issuer());
        row(table, body, texts.get("purchase.certificate.event"), certificate.event());
        row(table, body, texts.get("purchase.certificate.municipality"), certificate.municipality());
        row(table, body, texts.get("purchase.certificate.tonnes"), texts.tonnes(certificate.tonnes()));
        row(table, body, texts.get("purchase.certificate.date"), certificate.retiredOn().toString());
        document.add(table);
        var issuedBy = new Paragraph(texts.get("purchase.certificate.issued-by"), body);
        issuedBy.setSpacingBefore(24);
        issuedBy.setAlignment(Element.ALIGN_RIGHT);
        document.add(issuedBy);
        document.close();
    }

    private static void row(PdfPTable table, Font font, String label, String value) {
        table.addCell(new PdfPCell(new Phrase(label, font)));
        table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, font)));
    }
}
