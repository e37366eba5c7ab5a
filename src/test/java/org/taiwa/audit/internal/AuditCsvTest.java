package org.taiwa.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taiwa.audit.AuditEntry;

class AuditCsvTest {

    @Test
    void writes_a_header_and_one_row_per_entry_with_utc_millisecond_times() throws IOException {
        var entries = List.of(
                new AuditEntry("2", Instant.parse("2011-11-30T01:02:03Z"), "secretariat", "space.create",
                        "committee-2011", "カーボン・オフセット研究会, \"第3回\"", "10.0.0.1"),
                new AuditEntry("1", Instant.parse("2011-11-29T23:59:59.123Z"), "staff.minato", "auth.sign-in", "", "",
                        "0:0:0:0:0:0:0:1"));

        List<CSVRecord> rows = parse(write(entries));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).values()).containsExactly("at", "actor", "action", "target", "detail", "origin");
        assertThat(rows.get(1).values()).containsExactly("2011-11-30T01:02:03.000Z", "secretariat", "space.create",
                "committee-2011", "カーボン・オフセット研究会, \"第3回\"", "10.0.0.1");
        assertThat(rows.get(2).values()).containsExactly("2011-11-29T23:59:59.123Z", "staff.minato", "auth.sign-in",
                "", "", "0:0:0:0:0:0:0:1");
        assertThat(Instant.parse(rows.get(2).get(0))).isEqualTo(Instant.parse("2011-11-29T23:59:59.123Z"));
    }

    @Test
    void no_entries_give_only_the_header() throws IOException {
        assertThat(write(List.of())).isEqualTo("at,actor,action,target,detail,origin\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://evil\")|'=HYPERLINK(\"http://evil\")",
        "+1|'+1",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "staff.minato|staff.minato",
        "a=b|a=b"})
    void cells_a_spreadsheet_would_run_as_formulas_are_defused(String value, String written) {
        assertThat(AuditCsv.cell(value)).isEqualTo(written);
    }

    @Test
    void a_formula_in_a_failed_username_reaches_the_file_defused() throws IOException {
        var entry = new AuditEntry("3", Instant.parse("2011-11-30T00:00:00Z"), "=cmd|' /C calc'!A0",
                "auth.sign-in-failed", "", "BadCredentialsException", "10.0.0.2");
        assertThat(parse(write(List.of(entry))).get(1).get(1))
                .isEqualTo("'=cmd|' /C calc'!A0");
    }

    private static String write(List<AuditEntry> entries) throws IOException {
        var out = new StringWriter();
        AuditCsv.write(entries.iterator(), out);
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    }
}
