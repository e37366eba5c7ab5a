package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;
import org.taiwa.discussion.internal.PostDocument;
import org.taiwa.discussion.internal.SplitDocument;

/** Splitting a branch off into a new thread: exactly the branch moves, counts are right, repeats are harmless. */
@TaiwaIntegrationTest
class ThreadSplitIT {

    static final SpaceId FORUM = new SpaceId("forum");

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    ThreadService threads;
    @Autowired
    ThreadSplitter splitter;
    @Autowired
    ThreadModeration moderation;
    @Autowired
    AuditLog audit;
    @Autowired
    MongoTemplate mongo;

    /** opening ─ a ─ a1 ─ a1x, a ─ a2, opening ─ b */
    record Tree(Thread thread, PostId opening, Post a, Post a1, Post a1x, Post a2, Post b) {
    }

    @Test
    void the_branch_becomes_a_thread_of_its_own_and_a_note_takes_its_place() {
        Tree tree = tree();
        member.signIn("moderator.musashino");
        String title = "会場の電力 " + UUID.randomUUID();
        Thread split = splitter.split(tree.a().id(), title);

        assertThat(split.title()).isEqualTo(title);
        assertThat(split.space()).isEqualTo(FORUM);
        assertThat(split.author()).isEqualTo("staff.shinjuku");
        assertThat(split.replyCount()).isEqualTo(3);
        ThreadPage moved = threads.read(split.id(), 0, 50);
        assertThat(moved.posts()).extracting(p -> p.post().id(), TreePost::depth).containsExactly(
                org.assertj.core.groups.Tuple.tuple(tree.a().id(), 0),
                org.assertj.core.groups.Tuple.tuple(tree.a1().id(), 1),
                org.assertj.core.groups.Tuple.tuple(tree.a1x().id(), 2),
                org.assertj.core.groups.Tuple.tuple(tree.a2().id(), 1));
        assertThat(moved.posts().getFirst().post().isOpening()).isTrue();

        ThreadPage left = threads.read(tree.thread().id(), 0, 50);
        assertThat(left.thread().replyCount()).isEqualTo(2);
        assertThat(left.posts()).hasSize(3);
        assertThat(left.posts()).extracting(p -> p.post().id()).startsWith(tree.opening(), tree.b().id());
        Post note = left.posts().get(2).post();
        assertThat(note.parentId()).isEqualTo(tree.opening());
        assertThat(note.author()).isEqualTo("moderator.musashino");
        assertThat(note.body()).contains(title);

        assertThat(threads.threads(FORUM, 0, ThreadService.MAX_PAGE_SIZE)).extracting(Thread::id)
                .contains(split.id(), tree.thread().id());
        member.signIn("secretariat");
        List<AuditEntry> recorded = entries(split.id());
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst().actor()).isEqualTo("moderator.musashino");
        assertThat(recorded.getFirst().detail()).contains(tree.thread().id().value());
    }

    @Test
    void repeating_the_split_changes_nothing() {
        Tree tree = tree();
        member.signIn("moderator.musashino");
        Thread first = splitter.split(tree.a().id(), "一度目");
        long posts = mongo.count(new Query(), PostDocument.class);
        Thread again = splitter.split(tree.a().id(), "二度目");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.title()).isEqualTo("一度目");
        assertThat(again.replyCount()).isEqualTo(3);
        assertThat(threads.read(tree.thread().id(), 0, 50).thread().replyCount()).isEqualTo(2);
        assertThat(mongo.count(new Query(), PostDocument.class)).isEqualTo(posts);
        member.signIn("secretariat");
        assertThat(entries(first.id())).hasSize(1);
    }

    @Test
    void an_interrupted_split_is_completed_by_repeating_it() {
        Tree tree = tree();
        member.signIn("moderator.musashino");
        // as if the first run had stored its record and moved the deepest level, then crashed
        ThreadId target = ThreadSplitter.threadIdFor(tree.a().id());
        mongo.insert(new SplitDocument(tree.a().id().value(), tree.thread().id().value(), target.value(),
                tree.opening().value(), "中断された分割", "moderator.musashino", Instant.now(), null));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(tree.a1x().id().value())),
                Update.update(PostDocument.THREAD_ID, target.value()), PostDocument.class);
        assertThatThrownBy(() -> threads.read(target, 0, 50)).isInstanceOf(DiscussionNotFoundException.class);
        assertThat(threads.threads(FORUM, 0, ThreadService.MAX_PAGE_SIZE)).extracting(Thread::id)
                .doesNotContain(target);

        Thread split = splitter.split(tree.a().id(), "中断された分割");
        assertThat(split.id()).isEqualTo(target);
        assertThat(threads.read(target, 0, 50).posts()).extracting(p -> p.post().id())
                .containsExactly(tree.a().id(), tree.a1().id(), tree.a1x().id(), tree.a2().id());
        assertThat(split.replyCount()).isEqualTo(3);
        assertThat(threads.read(tree.thread().id(), 0, 50).thread().replyCount()).isEqualTo(2);
    }

    @Test
    void a_locked_thread_splits_into_a_locked_thread_and_a_deleted_one_does_not_split() {
        Tree tree = tree();
        member.signIn("moderator.musashino");
        moderation.lock(tree.thread().id(), true);
        Thread split = splitter.split(tree.a().id(), "ロック中の分割");
        assertThat(split.locked()).isTrue();
        member.signIn("staff.minato");
        assertThatThrownBy(() -> threads.reply(split.id(), null, "返信")).isInstanceOf(ThreadClosedException.class);

        Tree other = tree();
        member.signIn("staff.minato");
        threads.delete(other.opening());
        member.signIn("moderator.musashino");
        assertThatThrownBy(() -> splitter.split(other.a().id(), "削除後"))
                .isInstanceOf(ModerationConflictException.class);
        assertThat(threads.read(other.thread().id(), 0, 50).posts()).hasSize(6);
    }

    @Test
    void only_moderators_split_and_only_replies_that_are_there() {
        Tree tree = tree();
        member.signIn("staff.minato");
        assertThatThrownBy(() -> splitter.split(tree.a().id(), "題")).isInstanceOf(AccessDeniedException.class);
        member.signIn("moderator.musashino");
        assertThatThrownBy(() -> splitter.split(tree.opening(), "題"))
                .isInstanceOf(InvalidModerationException.class);
        assertThatThrownBy(() -> splitter.split(tree.a().id(), "  ")).isInstanceOf(InvalidPostException.class);
        assertThatThrownBy(() -> splitter.split(new PostId("no-such-post"), "題"))
                .isInstanceOf(DiscussionNotFoundException.class);
        member.signIn("staff.shinjuku");
        threads.delete(tree.b().id());
        member.signIn("moderator.musashino");
        assertThatThrownBy(() -> splitter.split(tree.b().id(), "題")).isInstanceOf(InvalidModerationException.class);
        assertThat(mongo.findById(tree.a().id().value(), SplitDocument.class)).isNull();
        assertThat(threads.read(tree.thread().id(), 0, 50).posts()).hasSize(6);
    }

    private Tree tree() {
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "分割元 " + UUID.randomUUID(), "開始");
        PostId opening = threads.read(thread.id(), 0, 1).posts().getFirst().post().id();
        member.signIn("staff.shinjuku");
        Post a = threads.reply(thread.id(), null, "A");
        Post b = threads.reply(thread.id(), null, "B");
        member.signIn("staff.hachioji");
        Post a1 = threads.reply(thread.id(), a.id(), "A1");
        Post a1x = threads.reply(thread.id(), a1.id(), "A1x");
        Post a2 = threads.reply(thread.id(), a.id(), "A2");
        return new Tree(thread, opening, a, a1, a1x, a2, b);
    }

    private List<AuditEntry> entries(ThreadId target) {
        return audit.find(new AuditFilter("", "thread.split", null, null), 0, 10_000).stream()
                .filter(e -> e.target().equals(target.value())).toList();
    }
}
