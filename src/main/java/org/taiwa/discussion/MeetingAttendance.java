package org.taiwa.discussion;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.directory.MemberProfiles;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.discussion.internal.AttendanceSheet;
import org.taiwa.discussion.internal.MeetingDocument;
import org.taiwa.discussion.internal.MeetingStore;
import org.taiwa.discussion.internal.MeetingValidation;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;

/**
 * Who attended a meeting, as distinct from who was invited: recording it (who may post in the space,
 * with the same optimistic locking as {@link Meetings#update}) and the attendance list with its CSV export
 * (whoever may read the space).
 *
 * @throws AccessDeniedException       (any method) when the current member may not do it
 * @throws DiscussionNotFoundException (any method) for an unknown meeting
 */
@Service
public class MeetingAttendance {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final MeetingStore store;
    private final Spaces spaces;
    private final MunicipalityDirectory directory;
    private final MemberProfiles profiles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    MeetingAttendance(MeetingStore store, Spaces spaces, MunicipalityDirectory directory, MemberProfiles profiles,
                      AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.spaces = spaces;
        this.directory = directory;
        this.profiles = profiles;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Records who attended, replacing an earlier record, if nobody changed the meeting since
     * {@code expectedVersion} was read. Recorded by someone other than the meeting's creator, it goes to
     * the audit log.
     *
     * @param memberUsernames   members present
     * @param municipalityCodes municipalities represented, by directory id such as {@code minato}
     * @throws InvalidMeetingException  for a malformed username or an unknown municipality; nothing is stored then
     * @throws MeetingConflictException when the meeting changed meanwhile or is cancelled
     */
    public Meeting record(MeetingId id, long expectedVersion, List<String> memberUsernames,
                          List<String> municipalityCodes) {
        Meeting current = store.get(id).toMeeting();
        Space space = spaces.get(current.space());
        Viewer viewer = spaces.viewer();
        Permissions.require(SpacePolicy.canPost(viewer, space.forPolicy()), "record attendance of " + id.value());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var attendance = new Attendance(MeetingValidation.usernames(nonNull(memberUsernames)),
                MeetingValidation.municipalities(nonNull(municipalityCodes), Meetings.municipalityCodes(directory)),
                viewer.username(), now);
        MeetingDocument updated = store.changeIfCurrent(id, expectedVersion,
                Update.update(MeetingDocument.ATTENDANCE, MeetingDocument.AttendanceEntry.of(attendance)),
                viewer.username(), now);
        if (!viewer.username().equals(current.createdBy())) {
            audit.record(viewer.username(), "meeting.attendance", id.value(), current.title(), "");
        }
        Meeting meeting = updated.toMeeting();
        events.publishEvent(new MeetingChanged(meeting.id(), meeting.space(), meeting.title(), meeting.startsAt(),
                MeetingChanged.Change.UPDATED, viewer.username(), now));
        return meeting;
    }

    /** Invited and present members and municipalities in one list: members by username, then municipalities. */
    public List<AttendanceRow> rows(MeetingId id) {
        Meeting meeting = store.get(id).toMeeting();
        spaces.get(meeting.space());
        return AttendanceSheet.rows(meeting, directory.all(), profiles::byUsername);
    }

    /**
     * Writes the attendance list as CSV for Excel in Japan: UTF-8 with a byte-order mark, columns
     * 区分, ID, 名前, 自治体, 招待 (○ when invited), 出欠 (出席, 欠席, or 未記録 until recorded).
     * The stream is flushed, not closed.
     */
    public void writeCsv(MeetingId id, OutputStream out) throws IOException {
        AttendanceSheet.write(rows(id), out);
    }

    /** A file name for the CSV: ASCII only, with the meeting's day in Japan. */
    public static String fileName(Meeting meeting) {
        return "attendance-" + DAY.format(meeting.startsAt()) + ".csv";
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
    }
}
