package org.taiwa.discussion;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.discussion.internal.MarkdownRenderer;
import org.taiwa.discussion.internal.MeetingDocument;
import org.taiwa.discussion.internal.MeetingStore;
import org.taiwa.discussion.internal.MeetingValidation;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;

/**
 * Meeting records of a space (the committee's face-to-face way of working): scheduling, editing with
 * optimistic locking, soft cancelling. Who may post in the space schedules and edits; its readers read;
 * its moderators and the secretariat cancel. Each successful write publishes {@link MeetingChanged}.
 * Attendance is {@link MeetingAttendance}'s. See docs/decisions/0008-meeting-records.md.
 *
 * @throws AccessDeniedException       (any method) when the current member may not do it
 * @throws DiscussionNotFoundException (any method) for an unknown space or meeting
 */
@Service
public class Meetings {

    /** The largest page of meetings one call returns. */
    public static final int MAX_PAGE_SIZE = 200;

    private final MeetingStore store;
    private final Spaces spaces;
    private final MunicipalityDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Meetings(MeetingStore store, Spaces spaces, MunicipalityDirectory directory, AuditLog audit,
             ApplicationEventPublisher events) {
        this.store = store;
        this.spaces = spaces;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Schedules a meeting in the space.
     *
     * @throws InvalidMeetingException for a draft that breaks a rule; nothing is stored then
     */
    public Meeting schedule(SpaceId spaceId, MeetingDraft draft) {
        Space space = spaces.get(spaceId);
        Viewer viewer = spaces.viewer();
        Permissions.require(SpacePolicy.canPost(viewer, space.forPolicy()), "schedule a meeting in " + spaceId.value());
        MeetingValidation.Checked checked = check(draft, spaceId);
        MeetingDraft d = checked.draft();
        Instant now = now();
        var document = new MeetingDocument(UUID.randomUUID().toString(), spaceId.value(), d.title(), d.startsAt(),
                d.endsAt(), d.mode(), d.place(), d.onlineUrl(), d.memberUsernames(), d.municipalityCodes(), d.agenda(),
                MarkdownRenderer.toSafeHtml(d.agenda()), d.minutes(), MarkdownRenderer.toSafeHtml(d.minutes()),
                MeetingDocument.threadEntries(checked.threads()), MeetingDocument.documentEntries(d.documents()), null,
                MeetingStatus.SCHEDULED, viewer.username(), now, viewer.username(), now, 0);
        store.insert(document);
        return published(document, MeetingChanged.Change.SCHEDULED, viewer, now);
    }

    /**
     * Replaces what the meeting says, if nobody changed it since {@code expectedVersion} was read; an edit
     * by someone other than its creator goes to the audit log.
     *
     * @throws InvalidMeetingException  for a draft that breaks a rule; nothing is stored then
     * @throws MeetingConflictException when the meeting changed meanwhile or is cancelled
     */
    public Meeting update(MeetingId id, long expectedVersion, MeetingDraft draft) {
        Meeting current = store.get(id).toMeeting();
        Space space = spaces.get(current.space());
        Viewer viewer = spaces.viewer();
        Permissions.require(SpacePolicy.canPost(viewer, space.forPolicy()), "edit meeting " + id.value());
        MeetingValidation.Checked checked = check(draft, current.space());
        MeetingDraft d = checked.draft();
        var update = new Update().set("title", d.title()).set(MeetingDocument.STARTS_AT, d.startsAt())
                .set(MeetingDocument.ENDS_AT, d.endsAt()).set("mode", d.mode()).set("place", d.place())
                .set("onlineUrl", d.onlineUrl()).set("memberUsernames", d.memberUsernames())
                .set("municipalityCodes", d.municipalityCodes()).set("agenda", d.agenda())
                .set("agendaHtml", MarkdownRenderer.toSafeHtml(d.agenda())).set("minutes", d.minutes())
                .set("minutesHtml", MarkdownRenderer.toSafeHtml(d.minutes()))
                .set("threads", MeetingDocument.threadEntries(checked.threads()))
                .set("documents", MeetingDocument.documentEntries(d.documents()));
        Instant now = now();
        MeetingDocument updated = store.changeIfCurrent(id, expectedVersion, update, viewer.username(), now);
        if (!viewer.username().equals(current.createdBy())) {
            audit.record(viewer.username(), "meeting.update", id.value(), d.title(), "");
        }
        return published(updated, MeetingChanged.Change.UPDATED, viewer, now);
    }

    /**
     * Cancels the meeting; the record stays, marked cancelled, and the audit log records who did it.
     * Moderators of the space and the secretariat.
     *
     * @throws MeetingConflictException when it is cancelled already
     */
    public Meeting cancel(MeetingId id) {
        Meeting current = store.get(id).toMeeting();
        Space space = spaces.get(current.space());
        Viewer viewer = spaces.viewer();
        Permissions.require(SpacePolicy.canModerate(viewer, space.forPolicy()), "cancel meeting " + id.value());
        Instant now = now();
        MeetingDocument cancelled = store.cancel(id, viewer.username(), now);
        audit.record(viewer.username(), "meeting.cancel", id.value(), current.title(), "");
        return published(cancelled, MeetingChanged.Change.CANCELLED, viewer, now);
    }

    /** The meeting, for whoever may read its space. */
    public Meeting get(MeetingId id) {
        Meeting meeting = store.get(id).toMeeting();
        spaces.get(meeting.space());
        return meeting;
    }

    /** One page of the space's meetings, cancelled ones included: upcoming soonest first, then past latest first. */
    public List<Meeting> list(SpaceId spaceId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must not be negative and size between 1 and " + MAX_PAGE_SIZE);
        }
        spaces.get(spaceId);
        return store.page(spaceId, page, size, now()).stream().map(MeetingDocument::toMeeting).toList();
    }

    /** Whether the current member may schedule and edit meetings of the space (views hide buttons with it). */
    public boolean canSchedule(SpaceId spaceId) {
        return spaces.find(spaceId).map(s -> SpacePolicy.canPost(spaces.viewer(), s.forPolicy())).orElse(false);
    }

    /** Whether the current member may cancel meetings of the space. */
    public boolean canCancel(SpaceId spaceId) {
        return spaces.find(spaceId).map(s -> SpacePolicy.canModerate(spaces.viewer(), s.forPolicy())).orElse(false);
    }

    /** The space's threads a meeting may link, latest activity first (at most {@value #MAX_PAGE_SIZE}). */
    public List<Thread> linkableThreads(SpaceId spaceId) {
        spaces.get(spaceId);
        return store.threads(spaceId, MAX_PAGE_SIZE);
    }

    /** The municipalities one may invite, in the directory's official order. */
    public List<Municipality> municipalities() {
        return directory.all();
    }

    private MeetingValidation.Checked check(MeetingDraft draft, SpaceId spaceId) {
        List<String> threadIds = draft.threads().stream().map(ThreadId::value).distinct().toList();
        return MeetingValidation.check(draft, municipalityCodes(directory), store.threadTitles(spaceId, threadIds));
    }

    /** Every municipality code of the directory, in its official order. */
    static List<String> municipalityCodes(MunicipalityDirectory directory) {
        return directory.all().stream().map(Municipality::id).map(m -> m.value()).toList();
    }

    private Meeting published(MeetingDocument document, MeetingChanged.Change change, Viewer viewer, Instant now) {
        Meeting meeting = document.toMeeting();
        events.publishEvent(new MeetingChanged(meeting.id(), meeting.space(), meeting.title(), meeting.startsAt(),
                change, viewer.username(), now));
        return meeting;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
