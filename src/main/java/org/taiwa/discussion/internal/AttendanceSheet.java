package org.taiwa.discussion.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.taiwa.directory.Member;
import org.taiwa.directory.Municipality;
import org.taiwa.discussion.Attendance;
import org.taiwa.discussion.AttendanceRow;
import org.taiwa.discussion.AttendanceRow.Kind;
import org.taiwa.discussion.AttendanceRow.Presence;
import org.taiwa.discussion.Meeting;

/**
 * A meeting's attendance list: invited and present people and municipalities merged into one list
 * (members by username, then municipalities in the directory's order), and its CSV form for Excel in
 * Japan (UTF-8 with a byte-order mark, CRLF, Japanese headings and values).
 */
public final class AttendanceSheet {

    public static final String[] HEADER = {"区分", "ID", "名前", "自治体", "招待", "出欠"};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();
    private static final Map<Presence, String> PRESENCE = Map.of(Presence.PRESENT, "出席", Presence.ABSENT, "欠席",
            Presence.NOT_RECORDED, "未記録");

    private AttendanceSheet() {
    }

    /**
     * @param municipalities the directory's municipalities, in its official order
     * @param profiles       the member profile of a username, if the member has signed in once
     */
    public static List<AttendanceRow> rows(Meeting meeting, List<Municipality> municipalities,
                                           Function<String, Optional<Member>> profiles) {
        Optional<Attendance> attendance = meeting.attendance();
        Map<String, Municipality> byCode = municipalities.stream()
                .collect(Collectors.toMap(m -> m.id().value(), m -> m));
        List<AttendanceRow> rows = new ArrayList<>();
        Set<String> people = new TreeSet<>(meeting.memberUsernames());
        attendance.ifPresent(a -> people.addAll(a.memberUsernames()));
        for (String username : people) {
            Optional<Member> profile = profiles.apply(username);
            String municipality = profile.flatMap(Member::municipality).map(id -> byCode.get(id.value()))
                    .map(Municipality::nameJa).orElse("");
            rows.add(new AttendanceRow(Kind.MEMBER, username, profile.map(Member::displayName).orElse(username),
                    municipality, meeting.memberUsernames().contains(username),
                    presence(attendance.map(Attendance::memberUsernames), username)));
        }
        for (Municipality m : municipalities) {
            String code = m.id().value();
            boolean invited = meeting.municipalityCodes().contains(code);
            boolean present = attendance.map(a -> a.municipalityCodes().contains(code)).orElse(false);
            if (invited || present) {
                rows.add(new AttendanceRow(Kind.MUNICIPALITY, code, m.nameJa(), m.nameJa(), invited,
                        presence(attendance.map(Attendance::municipalityCodes), code)));
            }
        }
        return rows;
    }

    /** Writes the rows as CSV after a byte-order mark, so that Excel reads the Japanese text as UTF-8. */
    public static void write(List<AttendanceRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var printer = new CSVPrinter(writer, FORMAT);
        for (AttendanceRow row : rows) {
            printer.printRecord(row.kind() == Kind.MEMBER ? "メンバー" : "自治体", cell(row.id()), cell(row.name()),
                    cell(row.municipality()), row.invited() ? "○" : "", PRESENCE.get(row.presence()));
        }
        printer.flush();
    }

    /** A display name is chosen by its owner: never let a spreadsheet take it for a formula. */
    static String cell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static Presence presence(Optional<List<String>> present, String id) {
        return present.map(list -> list.contains(id) ? Presence.PRESENT : Presence.ABSENT).orElse(Presence.NOT_RECORDED);
    }
}
