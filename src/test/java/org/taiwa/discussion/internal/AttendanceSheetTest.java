package org.taiwa.discussion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.taiwa.directory.Member;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.directory.MunicipalityKind;
import org.taiwa.directory.Region;
import org.taiwa.discussion.Attendance;
import org.taiwa.discussion.AttendanceRow;
import org.taiwa.discussion.AttendanceRow.Kind;
import org.taiwa.discussion.AttendanceRow.Presence;
import org.taiwa.discussion.Meeting;
import org.taiwa.discussion.MeetingId;
import org.taiwa.discussion.MeetingMode;
import org.taiwa.discussion.MeetingStatus;
import org.taiwa.discussion.SpaceId;

class AttendanceSheetTest {

    private static final Instant START = Instant.parse("2011-06-21T05:00:00Z");
    private static final List<Municipality> DIRECTORY = List.of(
            municipality("minato", 3, "港区", "Minato", MunicipalityKind.WARD, Region.WARDS),
            municipality("hachioji", 24, "八王子市", "Hachioji", MunicipalityKind.CITY, Region.TAMA),
            municipality("niijima", 57, "新島村", "Niijima", MunicipalityKind.VILLAGE, Region.ISLANDS));
    private static final Map<String, Member> PROFILES = Map.of("staff.minato", new Member("staff.minato",
            "港区 職員", "", Optional.of(new MunicipalityId("minato")), Set.of("member"), Locale.JAPANESE, START, START),
            "mallory", new Member("mallory", "=HYPERLINK(\"http://evil\")", "", Optional.empty(), Set.of(),
                    Locale.JAPANESE, START, START));

    @Test
    void invited_and_present_are_merged_members_first_then_municipalities_in_the_directorys_order() {
        Meeting meeting = meeting(List.of("staff.minato", "academic.yamada"), List.of("niijima", "minato"),
                Optional.of(new Attendance(List.of("staff.minato", "staff.hachioji"), List.of("minato", "hachioji"),
                        "secretariat", START)));

        List<AttendanceRow> rows = AttendanceSheet.rows(meeting, DIRECTORY, u -> Optional.ofNullable(PROFILES.get(u)));

        assertThat(rows).containsExactly(
                new AttendanceRow(Kind.MEMBER, "academic.yamada", "academic.yamada", "", true, Presence.ABSENT),
                new AttendanceRow(Kind.MEMBER, "staff.hachioji", "staff.hachioji", "", false, Presence.PRESENT),
                new AttendanceRow(Kind.MEMBER, "staff.minato", "港区 職員", "港区", true, Presence.PRESENT),
                new AttendanceRow(Kind.MUNICIPALITY, "minato", "港区", "港区", true, Presence.PRESENT),
                new AttendanceRow(Kind.MUNICIPALITY, "hachioji", "八王子市", "八王子市", false, Presence.PRESENT),
                new AttendanceRow(Kind.MUNICIPALITY, "niijima", "新島村", "新島村", true, Presence.ABSENT));
    }

    @Test
    void before_attendance_is_recorded_everyone_invited_is_not_recorded() {
        List<AttendanceRow> rows = AttendanceSheet.rows(meeting(List.of("staff.minato"), List.of("niijima"),
                Optional.empty()), DIRECTORY, u -> Optional.empty());
        assertThat(rows).extracting(AttendanceRow::presence).containsOnly(Presence.NOT_RECORDED);
        assertThat(rows).hasSize(2);
    }

    @Test
    void the_csv_starts_with_a_byte_order_mark_and_has_japanese_headings_and_values() throws IOException {
        Meeting meeting = meeting(List.of("staff.minato", "mallory"), List.of("niijima"),
                Optional.of(new Attendance(List.of("staff.minato"), List.of(), "secretariat", START)));
        var out = new ByteArrayOutputStream();

        AttendanceSheet.write(AttendanceSheet.rows(meeting, DIRECTORY, u -> Optional.ofNullable(PROFILES.get(u))), out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("区分,ID,名前,自治体,招待,出欠\r\n");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).extracting(r -> r.get("ID")).containsExactly("mallory", "staff.minato", "niijima");
        assertThat(records.get(0).get("名前")).as("no formula").startsWith("'=");
        assertThat(records.get(1).toList()).containsExactly("メンバー", "staff.minato", "港区 職員", "港区", "○", "出席");
        assertThat(records.get(2).toList()).containsExactly("自治体", "niijima", "新島村", "新島村", "○", "欠席");
    }

    private static Meeting meeting(List<String> members, List<String> municipalities, Optional<Attendance> attendance) {
        return new Meeting(new MeetingId("m-1"), new SpaceId("municipal-committee"), "第1回", START,
                START.plusSeconds(7_200), MeetingMode.IN_PERSON, "会議室", "", members, municipalities, "", "", "", "",
                List.of(), List.of(), attendance, MeetingStatus.SCHEDULED, "secretariat", START, "secretariat", START, 0);
    }

    private static Municipality municipality(String id, int position, String ja, String en, MunicipalityKind kind,
                                             Region region) {
        return new Municipality(new MunicipalityId(id), position, ja, en, kind, region, Set.of());
    }
}
