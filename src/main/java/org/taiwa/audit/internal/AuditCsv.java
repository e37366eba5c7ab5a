package org.taiwa.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.taiwa.audit.AuditEntry;

/**
 * Writes audit entries as CSV (RFC 4180): header {@code at,actor,action,target,detail,origin}, times in
 * ISO-8601 UTC with milliseconds. A cell that a spreadsheet would take for a formula (it starts with
 * {@code = + - @}) gets a leading apostrophe: usernames of failed sign-ins are chosen by whoever tried.
 */
public final class AuditCsv {

    public static final String[] HEADER = {"at", "actor", "action", "target", "detail", "origin"};
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();

    private AuditCsv() {
    }

    public static void write(Iterator<AuditEntry> entries, Writer out) throws IOException {
        var printer = new CSVPrinter(out, FORMAT);
        while (entries.hasNext()) {
            AuditEntry e = entries.next();
            printer.printRecord(TIME.format(e.at()), cell(e.actor()), cell(e.action()), cell(e.target()),
                    cell(e.detail()), cell(e.origin()));
        }
        printer.flush();
    }

    static String cell(String value) {
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
