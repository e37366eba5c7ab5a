package org.taiwa.purchase.ui;

import java.util.List;

/**
 * One sheet of an export: a name, headers, and rows whose cells are text or whole numbers (numbers stay numbers in
 * the spreadsheet, so totals can be summed there).
 */
record ExportTable(String name, List<String> headers, List<List<Object>> rows) {

    ExportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("every row has a cell per header: " + name);
            }
        }
    }
}
