package org.taiwa.discussion.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.taiwa.discussion.Attendance;
import org.taiwa.discussion.DocumentLink;
import org.taiwa.discussion.InvalidMeetingException;
import org.taiwa.discussion.InvalidMeetingException.Field;
import org.taiwa.discussion.Meeting;
import org.taiwa.discussion.MeetingAttendance;
import org.taiwa.discussion.MeetingDraft;
import org.taiwa.discussion.MeetingId;
import org.taiwa.discussion.MeetingMode;
import org.taiwa.discussion.Meetings;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.ThreadId;

/**
 * Meeting records over HTTP: errors come back as problem details (400/403/404/409). A change names the
 * {@code version} it was made from; a stale version is refused with 409.
 */
@RestController
@RequestMapping("/api")
class MeetingApi {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final Meetings meetings;
    private final MeetingAttendance attendance;

    MeetingApi(Meetings meetings, MeetingAttendance attendance) {
        this.meetings = meetings;
        this.attendance = attendance;
    }

    /** Upcoming meetings soonest first, then past ones latest first. */
    @GetMapping(path = "/spaces/{id}/meetings", produces = "application/json")
    List<MeetingJson> list(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        return meetings.list(new SpaceId(id), page, size).stream().map(MeetingJson::of).toList();
    }

    @PostMapping(path = "/spaces/{id}/meetings", consumes = "application/json", produces = "application/json")
    ResponseEntity<MeetingJson> schedule(@PathVariable String id, @RequestBody MeetingRequest request) {
        Meeting meeting = meetings.schedule(new SpaceId(id), request.draft());
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id().value())).body(MeetingJson.of(meeting));
    }

    @GetMapping(path = "/meetings/{id}", produces = "application/json")
    MeetingJson get(@PathVariable String id) {
        return MeetingJson.of(meetings.get(new MeetingId(id)));
    }

    @PutMapping(path = "/meetings/{id}", consumes = "application/json", produces = "application/json")
    MeetingJson update(@PathVariable String id, @RequestBody MeetingRequest request) {
        return MeetingJson.of(meetings.update(new MeetingId(id), version(request.version()), request.draft()));
    }

    /** Soft: the meeting stays, marked cancelled. */
    @PostMapping(path = "/meetings/{id}/cancel", produces = "application/json")
    MeetingJson cancel(@PathVariable String id) {
        return MeetingJson.of(meetings.cancel(new MeetingId(id)));
    }

    /** Who attended, replacing an earlier record. */
    @PutMapping(path = "/meetings/{id}/attendance", consumes = "application/json", produces = "application/json")
    MeetingJson recordAttendance(@PathVariable String id, @RequestBody AttendanceRequest request) {
        return MeetingJson.of(attendance.record(new MeetingId(id), version(request.version()), request.members(),
                request.municipalities()));
    }

    /** The attendance list as CSV for Excel (UTF-8 with a byte-order mark). */
    @GetMapping("/meetings/{id}/attendance.csv")
    ResponseEntity<byte[]> attendanceCsv(@PathVariable String id) throws IOException {
        MeetingId meetingId = new MeetingId(id);
        Meeting meeting = meetings.get(meetingId);
        var out = new ByteArrayOutputStream();
        attendance.writeCsv(meetingId, out);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(MeetingAttendance.fileName(meeting)).build().toString())
                .body(out.toByteArray());
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidMeetingException(Field.VERSION, "discussion.meeting.version.missing",
                    "Say which version of the meeting you changed: the version field of GET /api/meetings/{id}.");
        }
        return version;
    }

    record MeetingRequest(String title, Instant startsAt, Instant endsAt, String mode, String place, String onlineUrl,
                          List<String> members, List<String> municipalities, String agenda, String minutes,
                          List<String> threads, List<DocumentJson> documents, Long version) {

        MeetingDraft draft() {
            return new MeetingDraft(title, startsAt, endsAt, mode(mode), place, onlineUrl, members, municipalities,
                    agenda, minutes, threads == null ? List.of() : threads.stream().map(ThreadId::new).toList(),
                    documents == null ? List.of() : documents.stream().map(DocumentJson::toLink).toList());
        }

        private static MeetingMode mode(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return MeetingMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidMeetingException(Field.MODE, "discussion.meeting.mode.missing",
                        "Unknown mode " + value + ": IN_PERSON, ONLINE or HYBRID.");
            }
        }
    }

    record AttendanceRequest(List<String> members, List<String> municipalities, Long version) {
    }

    record DocumentJson(String title, String url) {

        DocumentLink toLink() {
            if (title == null || title.isBlank() || url == null || url.isBlank()) {
                throw new InvalidMeetingException(Field.DOCUMENTS, "discussion.meeting.document.incomplete",
                        "A linked document needs a title and a url.");
            }
            return new DocumentLink(title, url);
        }
    }

    record ThreadJson(String id, String title) {
    }

    record AttendanceJson(List<String> members, List<String> municipalities, String recordedBy, Instant recordedAt) {

        static AttendanceJson of(Attendance a) {
            return new AttendanceJson(a.memberUsernames(), a.municipalityCodes(), a.recordedBy(), a.recordedAt());
        }
    }

    record MeetingJson(String id, String spaceId, String title, Instant startsAt, Instant endsAt, String mode,
                       String place, String onlineUrl, String status, List<String> members,
                       List<String> municipalities, String agenda, String agendaHtml, String minutes,
                       String minutesHtml, List<ThreadJson> threads, List<DocumentJson> documents,
                       AttendanceJson attendance, String createdBy, Instant createdAt, String updatedBy,
                       Instant updatedAt, long version) {

        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.id().value(), m.space().value(), m.title(), m.startsAt(), m.endsAt(),
                    m.mode().name(), m.place(), m.onlineUrl(), m.status().name(), m.memberUsernames(),
                    m.municipalityCodes(), m.agenda(), m.agendaHtml(), m.minutes(), m.minutesHtml(),
                    m.threads().stream().map(t -> new ThreadJson(t.id().value(), t.title())).toList(),
                    m.documents().stream().map(d -> new DocumentJson(d.title(), d.url())).toList(),
                    m.attendance().map(AttendanceJson::of).orElse(null), m.createdBy(), m.createdAt(), m.updatedBy(),
                    m.updatedAt(), m.version());
        }
    }
}
