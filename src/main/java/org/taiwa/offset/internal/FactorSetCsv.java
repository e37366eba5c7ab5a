package org.taiwa.offset.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.taiwa.offset.Category;
import org.taiwa.offset.Factor;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSetStatus;
import org.taiwa.offset.Provenance;

/**
 * Reads a factor set from CSV as config/emission-factors.csv ships it: lines starting with {@code #} are comments,
 * {@code # set: <name>|<fiscal year>} names the set; then a header
 * {@code category,item,value,unit,publisher,title,edition,url,estimate,note}.
 */
final class FactorSetCsv {

    private static final String SET_COMMENT = "# set:";

    private FactorSetCsv() {
    }

    /** The set, ACTIVE, with an id made from its fiscal year ({@code default-2024}), so that every node agrees on it. */
    static FactorSet read(InputStream in) {
        String name = null;
        int fiscalYear = 0;
        var rows = new ArrayList<String>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(SET_COMMENT)) {
                    String[] parts = line.substring(SET_COMMENT.length()).split("\\|");
                    name = parts[0].strip();
                    fiscalYear = Integer.parseInt(parts[1].strip());
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line);
                }
            }
            if (name == null) {
                throw new IllegalArgumentException("the factor CSV has no '# set: name|fiscal year' line");
            }
            var factors = new ArrayList<Factor>();
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(new StringReader(rows.stream().collect(Collectors.joining("\n"))))) {
                factors.add(factor(row));
            }
            return new FactorSet("default-" + fiscalYear, name, fiscalYear, FactorSetStatus.ACTIVE, factors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the emission factors", e);
        }
    }

    private static Factor factor(CSVRecord row) {
        Category category = Category.parse(row.get("category")).orElseThrow(() -> new IllegalArgumentException(
                "unknown category in the factor CSV, line " + row.getRecordNumber() + ": " + row.get("category")));
        var source = new Provenance(row.get("publisher"), row.get("title"), row.get("edition"), row.get("url"),
                row.get("note"));
        return new Factor(category, row.get("item"), new BigDecimal(row.get("value")), row.get("unit"), source,
                Boolean.parseBoolean(row.get("estimate")));
    }
}
