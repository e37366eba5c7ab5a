package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;
import org.taiwa.discussion.internal.PostDocument;
import org.taiwa.security.policy.Visibility;

/** Hiding posts and moving threads: who may, what readers then see, and the audit log. */
@TaiwaIntegrationTest
class ModerationIT {

    static final SpaceId FORUM = new SpaceId("forum");
    static final SpaceId COMMITTEE = new SpaceId("municipal-committee");

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    ThreadService threads;
    @Autowired
    ThreadModeration moderation;
    @Autowired
    PostModeration postModeration;
    @Autowired
    ProposalService proposals;
    @Autowired
    Spaces spaces;
    @Autowired
    AuditLog audit;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_hidden_post_shows_its_reason_to_readers_and_its_text_to_its_author_and_moderators() {
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "非表示 " + UUID.randomUUID(), "本文");
        member.signIn("staff.hachioji");
        Post reply = threads.reply(thread.id(), null, "個人の電話番号 03-0000-0000");

        member.signIn("moderator.musashino");
        Post hidden = postModeration.hide(reply.id(), "  個人情報のため  ");
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.hiddenReason()).isEqualTo("個人情報のため");
        assertThat(hidden.body()).contains("03-0000-0000");
        assertThat(postOf(thread, reply.id()).bodyHtml()).contains("03-0000-0000");

        member.signIn("staff.minato");
        Post seen = postOf(thread, reply.id());
        assertThat(seen.hidden()).isTrue();
        assertThat(seen.hiddenReason()).isEqualTo("個人情報のため");
        assertThat(seen.body()).isEmpty();
        assertThat(seen.bodyHtml()).isEmpty();
        assertThatThrownBy(() -> threads.history(reply.id())).isInstanceOf(AccessDeniedException.class);

        member.signIn("staff.hachioji");
        assertThat(postOf(thread, reply.id()).bodyHtml()).contains("03-0000-0000");
        assertThat(threads.history(reply.id())).isEmpty();

        member.signIn("secretariat");
        AuditEntry entry = entry("post.hide", reply.id().value());
        assertThat(entry.actor()).isEqualTo("moderator.musashino");
        assertThat(entry.detail()).contains(thread.id().value()).contains("個人情報のため");
    }

    @Test
    void unhiding_shows_the_text_again_and_is_recorded_once() {
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "再表示 " + UUID.randomUUID(), "本文");
        Post reply = threads.reply(thread.id(), null, "誤って隠された投稿");
        member.signIn("moderator.musashino");
        postModeration.hide(reply.id(), "確認中");
        Post shown = postModeration.unhide(reply.id());
        assertThat(shown.hidden()).isFalse();
        assertThat(shown.hiddenReason()).isEmpty();
        assertThat(postModeration.unhide(reply.id()).hidden()).isFalse();

        member.signIn("staff.shinjuku");
        assertThat(postOf(thread, reply.id()).bodyHtml()).contains("誤って隠された投稿");
        PostDocument stored = mongo.findById(reply.id().value(), PostDocument.class);
        assertThat(stored.hiddenBy()).isNull();
        assertThat(stored.hiddenAt()).isNull();

        member.signIn("secretariat");
        assertThat(entries("post.unhide", reply.id().value())).hasSize(1);
    }

    @Test
    void a_hidden_reply_takes_no_replies_but_a_hidden_opening_post_leaves_the_thread_open() {
        member.signIn("staff.minato");
        String title = "最初の投稿を隠す " + UUID.randomUUID();
        Thread thread = threads.start(FORUM, title, "不適切な本文");
        PostId opening = postsOf(thread).getFirst().id();
        Post reply = threads.reply(thread.id(), null, "返信");
        member.signIn("moderator.musashino");
        postModeration.hide(opening, "不適切な表現");
        postModeration.hide(reply.id(), "重複");

        member.signIn("staff.shinjuku");
        assertThat(threads.threads(FORUM, 0, ThreadService.MAX_PAGE_SIZE)).extracting(Thread::title).contains(title);
        assertThat(threads.read(thread.id(), 0, 10).thread().title()).isEqualTo(title);
        assertThat(postOf(thread, opening).bodyHtml()).isEmpty();
        assertThat(threads.reply(thread.id(), null, "スレッドは続く").parentId()).isEqualTo(opening);
        assertThatThrownBy(() -> threads.reply(thread.id(), reply.id(), "隠れた投稿へ"))
                .isInstanceOf(InvalidPostException.class).hasMessageContaining("hidden");
    }

    @Test
    void hiding_needs_a_moderator_and_a_reason_and_a_refusal_stores_nothing() {
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "理由 " + UUID.randomUUID(), "本文");
        Post reply = threads.reply(thread.id(), null, "返信");

        assertThatThrownBy(() -> postModeration.hide(reply.id(), "自分で"))
                .isInstanceOf(AccessDeniedException.class);
        member.signIn("moderator.musashino");
        assertThatThrownBy(() -> postModeration.hide(reply.id(), " \n "))
                .isInstanceOf(InvalidModerationException.class);
        assertThatThrownBy(() -> postModeration.hide(reply.id(), "長".repeat(PostModeration.MAX_REASON + 1)))
                .isInstanceOf(InvalidModerationException.class).hasMessageContaining("500");
        assertThatThrownBy(() -> postModeration.hide(new PostId("no-such-post"), "理由"))
                .isInstanceOf(DiscussionNotFoundException.class);
        assertThat(mongo.findById(reply.id().value(), PostDocument.class).hidden()).isFalse();
    }

    @Test
    void a_moved_thread_and_its_proposal_change_space_and_readers() {
        member.signIn("staff.minato");
        String title = "移動 " + UUID.randomUUID();
        Thread thread = threads.start(FORUM, title, "委員会で話すべき内容");
        proposals.create(thread.id(), "提案", "内容", Instant.now().plusSeconds(3_600));
        member.signIn("staff.mitaka");
        Post fromMitaka = threads.reply(thread.id(), null, "三鷹市から");

        member.signIn("staff.minato");
        assertThatThrownBy(() -> moderation.move(thread.id(), COMMITTEE)).isInstanceOf(AccessDeniedException.class);
        member.signIn("moderator.musashino");
        assertThat(moderation.moveTargets(thread.id())).extracting(Space::id).contains(COMMITTEE).doesNotContain(FORUM);
        Thread moved = moderation.move(thread.id(), COMMITTEE);
        assertThat(moved.space()).isEqualTo(COMMITTEE);
        assertThat(moderation.move(thread.id(), COMMITTEE).space()).isEqualTo(COMMITTEE);

        assertThat(threads.threads(COMMITTEE, 0, ThreadService.MAX_PAGE_SIZE)).extracting(Thread::title)
                .contains(title);
        assertThat(threads.threads(FORUM, 0, ThreadService.MAX_PAGE_SIZE)).extracting(Thread::title)
                .doesNotContain(title);
        assertThat(proposals.ofThread(thread.id()).orElseThrow().space()).isEqualTo(COMMITTEE);
        assertThat(postsOf(moved)).extracting(Post::id).contains(fromMitaka.id());

        member.signIn("staff.mitaka");
        assertThatThrownBy(() -> threads.read(thread.id(), 0, 10)).isInstanceOf(AccessDeniedException.class);

        member.signIn("secretariat");
        List<AuditEntry> recorded = entries("thread.move", thread.id().value());
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst().detail()).contains(title).contains("forum → municipal-committee");
    }

    @Test
    void a_thread_is_not_moved_into_an_archived_space_or_one_the_moderator_may_not_post_in() {
        member.signIn("secretariat");
        Space archived = spaces.create(new NewSpace(SpaceKind.WORKING_GROUP, "終了した部会", "Closed group", "",
                Visibility.ALL_MUNICIPALITIES, Set.of(), Set.of(), Set.of()));
        spaces.archive(archived.id());
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "移動先 " + UUID.randomUUID(), "本文");

        member.signIn("moderator.musashino");
        assertThatThrownBy(() -> moderation.move(thread.id(), archived.id()))
                .isInstanceOf(ModerationConflictException.class);
        assertThatThrownBy(() -> moderation.move(thread.id(), new SpaceId("expert-committee")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.move(thread.id(), new SpaceId("no-such-space")))
                .isInstanceOf(DiscussionNotFoundException.class);
        assertThat(moderation.moveTargets(thread.id())).extracting(Space::id).doesNotContain(archived.id())
                .doesNotContain(new SpaceId("expert-committee"));

        member.signIn("secretariat");
        assertThatThrownBy(() -> moderation.move(thread.id(), archived.id()))
                .isInstanceOf(ModerationConflictException.class);
        assertThat(moderation.move(thread.id(), new SpaceId("expert-committee")).space().value())
                .isEqualTo("expert-committee");
    }

    @Test
    void pin_and_lock_are_recorded_and_only_moderators_may_moderate() {
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "ピン " + UUID.randomUUID(), "本文");
        assertThat(moderation.canModerate(thread.id())).isFalse();
        assertThat(moderation.canModerate(thread)).isFalse();
        member.signIn("moderator.musashino");
        assertThat(moderation.canModerate(thread.id())).isTrue();
        assertThat(moderation.canModerate(thread)).isTrue();
        assertThat(moderation.pin(thread.id(), true).pinned()).isTrue();
        assertThat(moderation.lock(thread.id(), true).locked()).isTrue();
        member.signIn("secretariat");
        assertThat(entries("thread.pin", thread.id().value())).hasSize(1);
        assertThat(entries("thread.lock", thread.id().value())).hasSize(1);
    }

    private List<Post> postsOf(Thread thread) {
        return threads.read(thread.id(), 0, ThreadService.MAX_PAGE_SIZE).posts().stream().map(TreePost::post).toList();
    }

    private Post postOf(Thread thread, PostId id) {
        return postsOf(thread).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** Audit entries of one action on one target (the data folder holds other tests' and runs' entries too). */
    private List<AuditEntry> entries(String action, String target) {
        return audit.find(new AuditFilter("", action, null, null), 0, 10_000).stream()
                .filter(e -> e.action().equals(action) && e.target().equals(target)).toList();
    }

    private AuditEntry entry(String action, String target) {
        List<AuditEntry> found = entries(action, target);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
