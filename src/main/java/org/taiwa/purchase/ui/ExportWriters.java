package org.taiwa.purchase.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * CSV (UTF-8 with a byte-order mark, so that Excel opens Japanese text correctly) and XLSX (one sheet per table)
 * of the secretariat's exports.
 */
final class ExportWriters {

    private ExportWriters() {
    }

    static void csv(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (var printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(table.headers().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(row);
            }
        }
    }

    static void xlsx(List<ExportTable> tables, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            for (ExportTable table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    header.createCell(c).setCellValue(table.headers().get(c));
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else {
                            row.createCell(c).setCellValue(value == null ? "" : value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
        }
    }
}
