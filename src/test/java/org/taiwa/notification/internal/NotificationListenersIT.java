package org.taiwa.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.MeetingChanged;
import org.taiwa.discussion.MeetingId;
import org.taiwa.discussion.NewSpace;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.PostPublished;
import org.taiwa.discussion.Proposal;
import org.taiwa.discussion.ProposalService;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SpaceKind;
import org.taiwa.discussion.Spaces;
import org.taiwa.discussion.Stance;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadId;
import org.taiwa.discussion.ThreadService;
import org.taiwa.notification.NotificationKind;
import org.taiwa.notification.NotificationLevel;
import org.taiwa.notification.NotificationSettings;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.policy.Visibility;

@TaiwaIntegrationTest
class NotificationListenersIT {

    @RegisterExtension
    final DemoMember demo = new DemoMember();

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Spaces spaces;
    @Autowired
    ThreadService threads;
    @Autowired
    ProposalService proposals;
    @Autowired
    NotificationSettings settings;
    @Autowired
    NotificationListeners listeners;
    @Autowired
    ClosingReminder reminder;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_reply_tells_the_author_of_the_post_answered_but_never_the_replier() throws Exception {
        var members = members(2);
        SignedInMember author = members.get(0);
        SignedInMember replier = members.get(1);
        Space space = space(Visibility.MEMBERS_ONLY, members);

        TestMembers.signIn(author);
        Thread thread = threads.start(space.id(), "返信の通知 " + UUID.randomUUID(), "最初の投稿");
        TestMembers.signIn(replier);
        Post reply = threads.reply(thread.id(), null, "返信です");
        listeners.drain();

        assertThat(notices(author)).extracting(NotificationDocument::kind, NotificationDocument::subject,
                NotificationDocument::route).containsExactly(tuple(NotificationKind.REPLY, reply.id().value(),
                "threads/" + thread.id().value()));
        assertThat(notices(author).getFirst().params()).containsExactly(replier.displayName(), thread.title());
        assertThat(notices(replier)).extracting(NotificationDocument::kind).containsExactly(NotificationKind.NEW_THREAD);
    }

    @Test
    void a_new_thread_reaches_members_and_followers_but_not_who_chose_mentions_only_or_mute() throws Exception {
        var members = members(5);
        SignedInMember author = members.get(0);
        SignedInMember member = members.get(1);
        SignedInMember mentionsOnly = members.get(2);
        SignedInMember muted = members.get(3);
        SignedInMember everything = members.get(4);
        SignedInMember follower = new TestMembers(events).create("follower");
        SignedInMember outsider = new TestMembers(events).create("outsider");
        Space space = space(Visibility.ALL_MUNICIPALITIES, members);
        choose(mentionsOnly, space, NotificationLevel.MENTIONS);
        choose(muted, space, NotificationLevel.MUTE);
        choose(everything, space, NotificationLevel.EVERYTHING);
        choose(follower, space, NotificationLevel.THREADS_AND_PROPOSALS);

        TestMembers.signIn(author);
        Thread thread = threads.start(space.id(), "新しいスレッド " + UUID.randomUUID(), "本文");
        TestMembers.signIn(member);
        threads.reply(thread.id(), null, "一般の返信");
        listeners.drain();

        assertThat(kinds(member)).containsExactly(NotificationKind.NEW_THREAD);
        assertThat(kinds(follower)).containsExactly(NotificationKind.NEW_THREAD);
        assertThat(kinds(everything)).containsExactlyInAnyOrder(NotificationKind.NEW_POST, NotificationKind.NEW_THREAD);
        assertThat(kinds(author)).containsExactly(NotificationKind.REPLY);
        assertThat(kinds(mentionsOnly)).isEmpty();
        assertThat(kinds(muted)).isEmpty();
        assertThat(kinds(outsider)).isEmpty();
    }

    @Test
    void mentions_reach_named_people_and_municipalities_who_can_read_at_every_level_but_mute() throws Exception {
        var testMembers = new TestMembers(events);
        SignedInMember author = testMembers.create("author");
        SignedInMember named = testMembers.create("named");
        SignedInMember mutedNamed = testMembers.create("muted");
        SignedInMember mitaka = testMembers.create("mitaka", "三鷹市");
        SignedInMember hachioji = testMembers.create("hachioji", "八王子市");
        Space forum = space(Visibility.ALL_MUNICIPALITIES, List.of(author));
        Space closed = space(Visibility.MEMBERS_ONLY, List.of(author));
        choose(mutedNamed, forum, NotificationLevel.MUTE);

        events.publishEvent(post(forum, author, Set.of(named.username(), mutedNamed.username()), Set.of("mitaka")));
        events.publishEvent(post(closed, author, Set.of(named.username()), Set.of("八王子市")));
        listeners.drain();

        assertThat(kinds(named)).containsExactly(NotificationKind.MENTION);
        assertThat(kinds(mitaka)).containsExactly(NotificationKind.MUNICIPALITY_MENTION);
        assertThat(kinds(mutedNamed)).isEmpty();
        // the members-only space: a mention does not open it to outsiders
        assertThat(kinds(hachioji)).isEmpty();
        assertThat(kinds(author)).isEmpty();
    }

    @Test
    void a_meeting_change_tells_the_members_once_per_time_and_not_who_changed_it() throws Exception {
        var members = members(2);
        Space space = space(Visibility.MEMBERS_ONLY, members);
        var meeting = new MeetingId(UUID.randomUUID().toString());
        Instant startsAt = Instant.parse("2026-12-10T01:00:00Z");
        String by = members.get(0).username();

        events.publishEvent(meetingChanged(meeting, space, startsAt, MeetingChanged.Change.UPDATED, by));
        // the minutes or the attendance edited: same time, nothing new to plan by
        events.publishEvent(meetingChanged(meeting, space, startsAt, MeetingChanged.Change.UPDATED, by));
        listeners.drain();

        var notices = notices(members.get(1));
        assertThat(notices).extracting(NotificationDocument::kind, NotificationDocument::route)
                .containsExactly(tuple(NotificationKind.MEETING_UPDATED, "meetings/" + meeting.value()));
        assertThat(notices.getFirst().params()).containsExactly(members.get(0).displayName(), "第3回 自治体委員会",
                "2026-12-10 10:00");
        assertThat(notices(members.get(0))).isEmpty();

        events.publishEvent(meetingChanged(meeting, space, startsAt.plusSeconds(3600), MeetingChanged.Change.UPDATED,
                by));
        events.publishEvent(meetingChanged(meeting, space, startsAt, MeetingChanged.Change.CANCELLED, by));
        listeners.drain();
        assertThat(kinds(members.get(1))).containsExactly(NotificationKind.MEETING_UPDATED,
                NotificationKind.MEETING_UPDATED, NotificationKind.MEETING_CANCELLED);
    }

    private static MeetingChanged meetingChanged(MeetingId meeting, Space space, Instant startsAt,
                                                 MeetingChanged.Change change, String by) {
        return new MeetingChanged(meeting, space.id(), "第3回 自治体委員会", startsAt, change, by, Instant.now());
    }

    @Test
    void a_new_proposal_tells_the_members_but_not_its_author() throws Exception {
        var members = members(2);
        Space space = space(Visibility.MEMBERS_ONLY, members);
        TestMembers.signIn(members.get(0));
        Thread thread = threads.start(space.id(), "提言案のスレッド " + UUID.randomUUID(), "本文");
        Proposal proposal = proposals.create(thread.id(), "共同購入を続ける", "説明", Instant.now().plus(3, ChronoUnit.DAYS));
        listeners.drain();

        assertThat(notices(members.get(1))).extracting(NotificationDocument::kind, NotificationDocument::subject)
                .contains(tuple(NotificationKind.PROPOSAL_OPENED, proposal.id().value()));
        assertThat(kinds(members.get(0))).doesNotContain(NotificationKind.PROPOSAL_OPENED);
    }

    @Test
    void a_proposal_closing_within_a_day_reminds_each_member_without_a_position_once() throws Exception {
        var members = members(3);
        Space space = space(Visibility.MEMBERS_ONLY, members);
        TestMembers.signIn(members.get(0));
        Thread soon = threads.start(space.id(), "締切間近 " + UUID.randomUUID(), "本文");
        Proposal closing = proposals.create(soon.id(), "まもなく締切", "説明", Instant.now().plus(2, ChronoUnit.HOURS));
        Thread later = threads.start(space.id(), "締切はまだ先 " + UUID.randomUUID(), "本文");
        Proposal notYet = proposals.create(later.id(), "まだ先", "説明", Instant.now().plus(3, ChronoUnit.DAYS));
        TestMembers.signIn(members.get(1));
        proposals.state(closing.id(), Stance.AGREE, "");
        listeners.drain();

        // two nodes at once, then a later run: still one reminder per member and proposal
        Instant now = Instant.now();
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var first = nodes.submit(() -> reminder.remind(now));
            var second = nodes.submit(() -> reminder.remind(now));
            first.get();
            second.get();
        }
        reminder.remind(now.plus(10, ChronoUnit.MINUTES));

        assertThat(closingReminders(members.get(0))).containsExactly(closing.id().value());
        assertThat(closingReminders(members.get(2))).containsExactly(closing.id().value());
        assertThat(closingReminders(members.get(1))).isEmpty();
        assertThat(closingReminders(members.get(2))).doesNotContain(notYet.id().value());
    }

    private List<SignedInMember> members(int count) {
        var testMembers = new TestMembers(events);
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> testMembers.create("member" + i)).toList();
    }

    private Space space(Visibility visibility, List<SignedInMember> members) {
        demo.signIn("secretariat");
        var names = members.stream().map(SignedInMember::username).collect(java.util.stream.Collectors.toSet());
        return spaces.create(new NewSpace(SpaceKind.WORKING_GROUP, "通知テスト " + UUID.randomUUID(), "Notice test",
                "", visibility, names, Set.of(), Set.of()));
    }

    private void choose(SignedInMember member, Space space, NotificationLevel level) {
        TestMembers.signIn(member);
        settings.setLevel(space.id(), level);
    }

    private static PostPublished post(Space space, SignedInMember author, Set<String> named,
                                      Set<String> municipalities) {
        return new PostPublished(new PostId(UUID.randomUUID().toString()), new ThreadId(UUID.randomUUID().toString()),
                space.id(), "メンションのテスト", author.username(), null, named, municipalities, Instant.now());
    }

    private List<NotificationDocument> notices(SignedInMember member) {
        var query = Query.query(Criteria.where(NotificationDocument.RECIPIENT).is(member.username()))
                .with(Sort.by(NotificationDocument.KIND));
        return mongo.find(query, NotificationDocument.class);
    }

    private List<NotificationKind> kinds(SignedInMember member) {
        return notices(member).stream().map(NotificationDocument::kind).sorted().toList();
    }

    private List<String> closingReminders(SignedInMember member) {
        return notices(member).stream().filter(n -> n.kind() == NotificationKind.PROPOSAL_CLOSING)
                .map(NotificationDocument::subject).toList();
    }
}
