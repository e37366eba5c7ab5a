package org.taiwa.discussion.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.discussion.Attendance;
import org.taiwa.discussion.DocumentLink;
import org.taiwa.discussion.LinkedThread;
import org.taiwa.discussion.Meeting;
import org.taiwa.discussion.MeetingId;
import org.taiwa.discussion.MeetingMode;
import org.taiwa.discussion.MeetingStatus;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.ThreadId;

/**
 * A meeting record as stored in {@code meetings}: one document, so that one conditional
 * {@code findAndModify} on {@link #VERSION} keeps concurrent edits from overwriting each other
 * (docs/decisions/0008-meeting-records.md).
 */
@Document(MeetingDocument.COLLECTION)
public record MeetingDocument(@Id String id, String spaceId, String title, Instant startsAt, Instant endsAt,
                              MeetingMode mode, String place, String onlineUrl, List<String> memberUsernames,
                              List<String> municipalityCodes, String agenda, String agendaHtml, String minutes,
                              String minutesHtml, List<ThreadEntry> threads, List<DocumentEntry> documents,
                              AttendanceEntry attendance, MeetingStatus status, String createdBy, Instant createdAt,
                              String updatedBy, Instant updatedAt, long version) {

    public static final String COLLECTION = "meetings";
    public static final String SPACE_ID = "spaceId";
    public static final String STARTS_AT = "startsAt";
    public static final String ENDS_AT = "endsAt";
    public static final String STATUS = "status";
    public static final String VERSION = "version";
    public static final String ATTENDANCE = "attendance";
    public static final String UPDATED_BY = "updatedBy";
    public static final String UPDATED_AT = "updatedAt";

    /** A linked thread as stored. */
    public record ThreadEntry(String id, String title) {
    }

    /** A linked document as stored. */
    public record DocumentEntry(String title, String url) {
    }

    /** Who attended, as stored. */
    public record AttendanceEntry(List<String> memberUsernames, List<String> municipalityCodes, String recordedBy,
                                  Instant recordedAt) {

        public static AttendanceEntry of(Attendance a) {
            return new AttendanceEntry(a.memberUsernames(), a.municipalityCodes(), a.recordedBy(), a.recordedAt());
        }

        Attendance toAttendance() {
            return new Attendance(orEmpty(memberUsernames), orEmpty(municipalityCodes), recordedBy, recordedAt);
        }
    }

    public static List<ThreadEntry> threadEntries(List<LinkedThread> threads) {
        return threads.stream().map(t -> new ThreadEntry(t.id().value(), t.title())).toList();
    }

    public static List<DocumentEntry> documentEntries(List<DocumentLink> documents) {
        return documents.stream().map(d -> new DocumentEntry(d.title(), d.url())).toList();
    }

    public Meeting toMeeting() {
        return new Meeting(new MeetingId(id), new SpaceId(spaceId), title, startsAt, endsAt, mode, place, onlineUrl,
                orEmpty(memberUsernames), orEmpty(municipalityCodes), agenda, agendaHtml, minutes, minutesHtml,
                orEmpty(threads).stream().map(t -> new LinkedThread(new ThreadId(t.id()), t.title())).toList(),
                orEmpty(documents).stream().map(d -> new DocumentLink(d.title(), d.url())).toList(),
                Optional.ofNullable(attendance).map(AttendanceEntry::toAttendance), status, createdBy, createdAt,
                updatedBy, updatedAt, version);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
