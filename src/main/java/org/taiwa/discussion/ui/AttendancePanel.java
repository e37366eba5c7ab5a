package org.taiwa.discussion.ui;

import java.io.OutputStream;

import org.taiwa.discussion.AttendanceRow;
import org.taiwa.discussion.Meeting;
import org.taiwa.discussion.MeetingAttendance;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadEvent;

/**
 * A meeting's attendance list: who was invited and who attended, members and municipalities, and the
 * same list as a CSV download for Excel (the download checks the member's permission again when it runs).
 */
class AttendancePanel extends Div {

    AttendancePanel(Meeting meeting, MeetingAttendance attendance) {
        setWidthFull();
        var note = new Paragraph(meeting.attendance().map(a -> getTranslation("meeting.attendance.recorded",
                a.recordedBy(), MeetingTimes.dayTime(a.recordedAt())))
                .orElse(getTranslation("meeting.attendance.not-recorded")));
        note.setId("attendance-note");
        add(note, grid(meeting, attendance), csvLink(meeting, attendance));
    }

    private Grid<AttendanceRow> grid(Meeting meeting, MeetingAttendance attendance) {
        var grid = new Grid<AttendanceRow>();
        grid.setId("attendance");
        grid.addColumn(r -> getTranslation("enum.AttendanceRow.Kind." + r.kind().name()))
                .setHeader(getTranslation("meeting.column.kind")).setAutoWidth(true);
        grid.addColumn(AttendanceRow::name).setHeader(getTranslation("meeting.column.name")).setAutoWidth(true);
        grid.addColumn(AttendanceRow::municipality).setHeader(getTranslation("meeting.column.municipality"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.invited() ? "○" : "").setHeader(getTranslation("meeting.column.invited"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("enum.AttendanceRow.Presence." + r.presence().name()))
                .setHeader(getTranslation("meeting.column.presence")).setAutoWidth(true);
        grid.setItems(attendance.rows(meeting.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** UTF-8 with a byte-order mark, so that Excel in Japan reads the names as such. */
    private Anchor csvLink(Meeting meeting, MeetingAttendance attendance) {
        var link = new Anchor((DownloadEvent event) -> {
            event.setFileName(MeetingAttendance.fileName(meeting));
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                attendance.writeCsv(meeting.id(), out);
            }
        }, AttachmentType.DOWNLOAD, getTranslation("meeting.attendance.csv"));
        link.setId("attendance-csv");
        return link;
    }
}
