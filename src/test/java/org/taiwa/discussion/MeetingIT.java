package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;
import org.taiwa.discussion.internal.MeetingDocument;
import org.taiwa.security.policy.Visibility;

@TaiwaIntegrationTest
@RecordApplicationEvents
class MeetingIT {

    static final SpaceId COMMITTEE = new SpaceId("municipal-committee");
    static final Instant NEXT_WEEK = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    Meetings meetings;
    @Autowired
    MeetingAttendance attendance;
    @Autowired
    Spaces spaces;
    @Autowired
    ThreadService threads;
    @Autowired
    AuditLog audit;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationEvents events;

    @Test
    void a_committee_member_schedules_a_meeting_and_members_are_told() {
        member.signIn("staff.minato");
        Thread thread = threads.start(COMMITTEE, "共同購入の論点 " + UUID.randomUUID(), "本文");
        Meeting meeting = meetings.schedule(COMMITTEE, draft("第3回 自治体委員会", NEXT_WEEK, thread.id(),
                "## 議題\n\n1. **共同購入**\n\n<script>alert(1)</script>"));

        assertThat(meeting.createdBy()).isEqualTo("staff.minato");
        assertThat(meeting.version()).isZero();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meeting.municipalityCodes()).containsExactly("minato", "shinjuku", "hachioji");
        assertThat(meeting.threads()).containsExactly(new LinkedThread(thread.id(), thread.title()));
        assertThat(meeting.agendaHtml()).contains("<strong>共同購入</strong>").doesNotContain("<script");
        assertThat(meetings.get(meeting.id())).isEqualTo(meeting);
        assertThat(events.stream(MeetingChanged.class).filter(e -> e.meeting().equals(meeting.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.change()).isEqualTo(MeetingChanged.Change.SCHEDULED);
                    assertThat(e.space()).isEqualTo(COMMITTEE);
                    assertThat(e.by()).isEqualTo("staff.minato");
                    assertThat(e.startsAt()).isEqualTo(NEXT_WEEK);
                });
    }

    @Test
    void readers_read_posters_schedule_and_only_moderators_and_the_secretariat_cancel() {
        member.signIn("staff.mitaka");
        assertThatThrownBy(() -> meetings.schedule(COMMITTEE, draft("三鷹から", NEXT_WEEK, null, "")))
                .isInstanceOf(AccessDeniedException.class);
        member.signIn("staff.shinjuku");
        Meeting meeting = meetings.schedule(COMMITTEE, draft("権限の確認", NEXT_WEEK, null, ""));

        member.signIn("staff.mitaka");
        assertThatThrownBy(() -> meetings.get(meeting.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.list(COMMITTEE, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.rows(meeting.id())).isInstanceOf(AccessDeniedException.class);
        member.signIn("staff.minato");
        assertThat(meetings.canCancel(COMMITTEE)).isFalse();
        assertThatThrownBy(() -> meetings.cancel(meeting.id())).isInstanceOf(AccessDeniedException.class);
        member.signIn("moderator.musashino");
        assertThat(meetings.cancel(meeting.id()).status()).isEqualTo(MeetingStatus.CANCELLED);

        member.signIn("staff.hachioji");
        Meeting other = meetings.schedule(COMMITTEE, draft("事務局が中止", NEXT_WEEK, null, ""));
        member.signIn("secretariat");
        assertThat(meetings.cancel(other.id()).cancelled()).isTrue();
        assertThatThrownBy(() -> meetings.get(new MeetingId("no-such-meeting")))
                .isInstanceOf(DiscussionNotFoundException.class);
    }

    @Test
    void bad_input_is_refused_and_nothing_is_stored() {
        member.signIn("secretariat");
        Space elsewhere = spaces.create(new NewSpace(SpaceKind.WORKING_GROUP, "別の部会", "Elsewhere", "",
                Visibility.MEMBERS_ONLY, Set.of(), Set.of("港区"), Set.of()));
        member.signIn("staff.minato");
        Thread foreign = threads.start(elsewhere.id(), "よそのスレッド", "本文");
        long before = mongo.count(new Query(), MeetingDocument.class);

        assertRefused(draft("  ", NEXT_WEEK, null, ""), InvalidMeetingException.Field.TITLE);
        assertRefused(new MeetingDraft("逆転", NEXT_WEEK, NEXT_WEEK.minusSeconds(60), MeetingMode.IN_PERSON, "会議室",
                "", List.of(), List.of(), "", "", List.of(), List.of()), InvalidMeetingException.Field.TIME);
        assertRefused(new MeetingDraft("悪いURL", NEXT_WEEK, NEXT_WEEK.plusSeconds(60), MeetingMode.ONLINE, "",
                "javascript:alert(1)", List.of(), List.of(), "", "", List.of(), List.of()),
                InvalidMeetingException.Field.ONLINE_URL);
        assertRefused(new MeetingDraft("未知の自治体", NEXT_WEEK, NEXT_WEEK.plusSeconds(60), MeetingMode.IN_PERSON,
                "会議室", "", List.of(), List.of("atlantis"), "", "", List.of(), List.of()),
                InvalidMeetingException.Field.MUNICIPALITIES);
        assertRefused(draft("よそのスレッド", NEXT_WEEK, foreign.id(), ""), InvalidMeetingException.Field.THREADS);
        assertRefused(draft("長すぎる議題", NEXT_WEEK, null, "x".repeat(MeetingDraft.MAX_AGENDA + 1)),
                InvalidMeetingException.Field.AGENDA);

        Meeting meeting = meetings.schedule(COMMITTEE, draft("正しい会議", NEXT_WEEK, null, "議題"));
        assertThatThrownBy(() -> meetings.update(meeting.id(), 0, draft("", NEXT_WEEK, null, "")))
                .isInstanceOf(InvalidMeetingException.class);
        assertThatThrownBy(() -> attendance.record(meeting.id(), 0, List.of("Not A Name"), List.of()))
                .isInstanceOf(InvalidMeetingException.class);
        assertThat(mongo.count(new Query(), MeetingDocument.class)).isEqualTo(before + 1);
        assertThat(meetings.get(meeting.id())).isEqualTo(meeting);
    }

    @Test
    void of_concurrent_edits_from_the_same_version_one_wins_and_the_others_are_refused() throws Exception {
        member.signIn("staff.minato");
        Meeting meeting = meetings.schedule(COMMITTEE, draft("同時編集", NEXT_WEEK, null, "原案"));
        Authentication minato = SecurityContextHolder.getContext().getAuthentication();
        List<Callable<Meeting>> edits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String minutes = "議事録 " + i;
            edits.add(() -> {
                SecurityContextHolder.getContext().setAuthentication(minato);
                try {
                    return meetings.update(meeting.id(), meeting.version(), withMinutes(meeting, minutes));
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        List<Meeting> saved = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (Future<Meeting> result : pool.invokeAll(edits)) {
                try {
                    saved.add(result.get());
                } catch (ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
        }
        assertThat(saved).hasSize(1);
        assertThat(refused).hasSize(5).allSatisfy(e -> assertThat(e).isInstanceOf(MeetingConflictException.class)
                .hasMessageContaining("changed meanwhile"));
        Meeting now = meetings.get(meeting.id());
        assertThat(now.minutes()).isEqualTo(saved.getFirst().minutes());
        assertThat(now.version()).isEqualTo(1);

        member.signIn("staff.shinjuku");
        assertThatThrownBy(() -> meetings.update(meeting.id(), 0, withMinutes(meeting, "古い版から")))
                .isInstanceOf(MeetingConflictException.class);
        assertThat(meetings.update(meeting.id(), 1, withMinutes(now, "新宿区が追記")).version()).isEqualTo(2);
    }

    @Test
    void a_cancelled_meeting_is_kept_takes_no_changes_and_the_cancellation_is_audited() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        member.signIn("staff.minato");
        Meeting meeting = meetings.schedule(COMMITTEE, draft("中止になる会議", NEXT_WEEK, null, ""));
        member.signIn("staff.shinjuku");
        Meeting edited = meetings.update(meeting.id(), 0, withMinutes(meeting, "新宿区の追記"));
        member.signIn("moderator.musashino");
        Meeting cancelled = meetings.cancel(meeting.id());

        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.minutes()).isEqualTo("新宿区の追記");
        assertThat(meetings.get(meeting.id()).cancelled()).isTrue();
        assertThat(meetings.list(COMMITTEE, 0, Meetings.MAX_PAGE_SIZE)).extracting(Meeting::id).contains(meeting.id());
        assertThatThrownBy(() -> meetings.cancel(meeting.id())).isInstanceOf(MeetingConflictException.class);
        member.signIn("staff.minato");
        assertThatThrownBy(() -> meetings.update(meeting.id(), edited.version() + 1, withMinutes(meeting, "後から")))
                .isInstanceOf(MeetingConflictException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> attendance.record(meeting.id(), cancelled.version(), List.of(), List.of("minato")))
                .isInstanceOf(MeetingConflictException.class);

        assertThat(events.stream(MeetingChanged.class).filter(e -> e.meeting().equals(meeting.id()))
                .map(MeetingChanged::change)).containsExactly(MeetingChanged.Change.SCHEDULED,
                MeetingChanged.Change.UPDATED, MeetingChanged.Change.CANCELLED);
        member.signIn("secretariat");
        List<AuditEntry> entries = audit.find(new AuditFilter("", "meeting", before, null), 0, 100).stream()
                .filter(e -> e.target().equals(meeting.id().value())).toList();
        assertThat(entries).extracting(AuditEntry::actor, AuditEntry::action).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("staff.shinjuku", "meeting.update"),
                org.assertj.core.groups.Tuple.tuple("moderator.musashino", "meeting.cancel"));
    }

    @Test
    void upcoming_meetings_come_first_soonest_first_then_past_ones_latest_first() {
        member.signIn("secretariat");
        SpaceId group = spaces.create(new NewSpace(SpaceKind.WORKING_GROUP, "会議の並び順", "Meeting order", "",
                Visibility.MEMBERS_ONLY, Set.of(), Set.of("昭島市"), Set.of())).id();
        member.signIn("staff.akishima");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Meeting lastYear = meetings.schedule(group, draft("昨年", now.minus(365, ChronoUnit.DAYS), null, ""));
        Meeting tomorrow = meetings.schedule(group, draft("明日", now.plus(1, ChronoUnit.DAYS), null, ""));
        Meeting lastWeek = meetings.schedule(group, draft("先週", now.minus(7, ChronoUnit.DAYS), null, ""));
        Meeting nextMonth = meetings.schedule(group, draft("来月", now.plus(30, ChronoUnit.DAYS), null, ""));
        Meeting running = meetings.schedule(group, new MeetingDraft("開催中", now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.HOURS), MeetingMode.IN_PERSON, "会議室", "", List.of(), List.of(), "", "",
                List.of(), List.of()));

        assertThat(meetings.list(group, 0, 10)).extracting(Meeting::id).containsExactly(running.id(), tomorrow.id(),
                nextMonth.id(), lastWeek.id(), lastYear.id());
        assertThat(meetings.list(group, 1, 2)).extracting(Meeting::id).containsExactly(nextMonth.id(), lastWeek.id());
        assertThat(meetings.list(group, 2, 2)).extracting(Meeting::id).containsExactly(lastYear.id());
    }

    @Test
    void attendance_is_recorded_apart_from_the_invitations_and_a_stale_record_is_refused() {
        member.signIn("staff.minato");
        Meeting meeting = meetings.schedule(COMMITTEE, draft("出欠の記録", NEXT_WEEK, null, ""));
        assertThat(attendance.rows(meeting.id())).extracting(AttendanceRow::presence)
                .containsOnly(AttendanceRow.Presence.NOT_RECORDED);

        member.signIn("staff.hachioji");
        Meeting recorded = attendance.record(meeting.id(), 0, List.of("staff.hachioji", "ACADEMIC.yamada"),
                List.of("hachioji", "minato", "niijima"));
        assertThat(recorded.attendance()).hasValueSatisfying(a -> {
            assertThat(a.memberUsernames()).containsExactly("academic.yamada", "staff.hachioji");
            assertThat(a.municipalityCodes()).containsExactly("minato", "hachioji", "niijima");
            assertThat(a.recordedBy()).isEqualTo("staff.hachioji");
        });
        assertThat(recorded.municipalityCodes()).as("invitations unchanged").containsExactly("minato", "shinjuku",
                "hachioji");
        assertThat(attendance.rows(meeting.id())).filteredOn(r -> r.kind() == AttendanceRow.Kind.MUNICIPALITY)
                .extracting(AttendanceRow::id, AttendanceRow::invited, AttendanceRow::presence).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("minato", true, AttendanceRow.Presence.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("shinjuku", true, AttendanceRow.Presence.ABSENT),
                        org.assertj.core.groups.Tuple.tuple("hachioji", true, AttendanceRow.Presence.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("niijima", false, AttendanceRow.Presence.PRESENT));
        assertThatThrownBy(() -> attendance.record(meeting.id(), 0, List.of(), List.of("minato")))
                .isInstanceOf(MeetingConflictException.class);
        assertThat(events.stream(MeetingChanged.class).filter(e -> e.meeting().equals(meeting.id()))
                .map(MeetingChanged::change)).containsExactly(MeetingChanged.Change.SCHEDULED,
                MeetingChanged.Change.UPDATED);
    }

    @Test
    void the_research_committees_meetings_of_2011_are_there_with_minutes_attendance_and_the_proposal_threads() {
        member.signIn("staff.minato");
        List<MeetingId> committee = meetings.list(COMMITTEE, 0, Meetings.MAX_PAGE_SIZE).stream().map(Meeting::id)
                .toList();
        assertThat(committee).contains(new MeetingId("municipal-committee-2011-1"),
                new MeetingId("municipal-committee-2011-2"));
        Meeting plenary = meetings.get(new MeetingId("joint-plenary-2012-1"));
        assertThat(plenary.municipalityCodes()).hasSize(20).contains("minato", "niijima").doesNotContain("mitaka");
        assertThat(plenary.threads()).extracting(t -> t.id().value()).containsExactly("joint-plenary-teigen-1",
                "joint-plenary-teigen-2", "joint-plenary-teigen-3");
        assertThat(plenary.minutesHtml()).contains("提言");
        assertThat(plenary.attendance()).hasValueSatisfying(a -> assertThat(a.memberUsernames())
                .containsExactly("academic.yamada"));
        assertThat(plenary.documents()).isNotEmpty();
    }

    private void assertRefused(MeetingDraft draft, InvalidMeetingException.Field field) {
        assertThatThrownBy(() -> meetings.schedule(COMMITTEE, draft))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static MeetingDraft draft(String title, Instant startsAt, ThreadId thread, String agenda) {
        return new MeetingDraft(title, startsAt, startsAt.plus(2, ChronoUnit.HOURS), MeetingMode.HYBRID,
                "特別区協議会 会議室", "https://meet.example.org/taiwa", List.of("academic.yamada"),
                List.of("hachioji", "minato", "shinjuku"), agenda, "", thread == null ? List.of() : List.of(thread),
                List.of(new DocumentLink("提言", "http://all62.jp/jigyo/carbonoffset.html")));
    }

    private static MeetingDraft withMinutes(Meeting meeting, String minutes) {
        MeetingDraft d = MeetingDraft.of(meeting);
        return new MeetingDraft(d.title(), d.startsAt(), d.endsAt(), d.mode(), d.place(), d.onlineUrl(),
                d.memberUsernames(), d.municipalityCodes(), d.agenda(), minutes, d.threads(), d.documents());
    }
}
