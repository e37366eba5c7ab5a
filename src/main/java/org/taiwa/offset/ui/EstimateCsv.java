package org.taiwa.offset.ui;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.taiwa.offset.Estimate;
import org.taiwa.offset.Estimate.CategoryEstimate;
import org.taiwa.offset.Estimate.Line;

/**
 * The estimate as CSV: one row per line (category, item, quantity, unit, factor, its unit, kg-CO2, source) and
 * a total row. Plain decimals (no grouping) so that a spreadsheet reads them as numbers; the caller writes the
 * byte-order mark that Excel needs for Japanese text.
 */
final class EstimateCsv {

    private EstimateCsv() {
    }

    static void write(Footprint footprint, OffsetTexts texts, Writer out) throws IOException {
        Estimate e = footprint.estimate();
        var format = CSVFormat.DEFAULT.builder().setHeader(texts.get("offset.result.category"),
                texts.get("offset.result.item"), texts.get("offset.result.quantity"), texts.get("offset.result.unit"),
                texts.get("offset.result.factor"), texts.get("offset.result.factor-unit"), texts.get("offset.result.kg"),
                texts.get("offset.result.source")).get();
        try (var csv = new CSVPrinter(out, format)) {
            for (CategoryEstimate category : e.categories()) {
                for (Line line : category.lines()) {
                    csv.printRecord(texts.category(category.category()), texts.item(line.item()),
                            line.quantity().toPlainString(), texts.unit(line.unit()),
                            line.factor().value().toPlainString(), line.factor().valueUnit(),
                            line.kgCo2().toPlainString(), source(line, texts));
                }
            }
            csv.printRecord(texts.get("offset.result.sum"), "", "", "", "", "",
                    e.totalKgCo2().toPlainString(), texts.get("offset.export.set", e.factorSet().name(),
                            e.factorSet().fiscalYear()));
        }
    }

    private static String source(Line line, OffsetTexts texts) {
        var source = line.factor().source();
        return source.citation() + (source.url().isBlank() ? "" : " " + source.url())
                + (line.factor().estimate() ? " (" + texts.get("offset.result.estimate-badge") + ")" : "");
    }
}
