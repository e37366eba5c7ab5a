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
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;

@TaiwaIntegrationTest
class ThreadTreeIT {

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    ThreadService threads;
    @Autowired
    ThreadTree tree;
    @Autowired
    ThreadModeration moderation;

    @Test
    void rows_come_in_slices_with_the_count_of_all_visible_rows() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "木 " + UUID.randomUUID(), "開始");
        Post a = threads.reply(thread.id(), null, "a");
        Post b = threads.reply(thread.id(), a.id(), "b");
        threads.reply(thread.id(), b.id(), "c");
        threads.reply(thread.id(), null, "d");

        ThreadRows first = tree.rows(ThreadScope.whole(thread.id()), 0, 2);
        assertThat(first.thread().id()).isEqualTo(thread.id());
        assertThat(first.visibleCount()).isEqualTo(5);
        assertThat(first.totalPosts()).isEqualTo(5);
        assertThat(first.rows()).extracting(ThreadRow::depth, ThreadRow::replies).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 4), org.assertj.core.groups.Tuple.tuple(1, 2));
        assertThat(first.writable()).isTrue();
        ThreadRows rest = tree.rows(ThreadScope.whole(thread.id()), 2, 50);
        assertThat(rest.offset()).isEqualTo(2);
        assertThat(rest.rows()).extracting(r -> r.post().body()).containsExactly("b", "c", "d");

        ThreadScope collapsed = ThreadScope.whole(thread.id()).withCollapsed(Set.of(a.id()));
        ThreadRows hidden = tree.rows(collapsed, 0, 50);
        assertThat(hidden.visibleCount()).isEqualTo(3);
        assertThat(hidden.rows().get(1).collapsed()).isTrue();
        assertThat(tree.indexOf(collapsed, b.id())).isEqualTo(-1);
        assertThat(tree.indexOf(ThreadScope.whole(thread.id()), b.id())).isEqualTo(2);
    }

    @Test
    void locating_a_post_gives_the_first_rows_and_its_place_among_all_visible_rows() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "位置 " + UUID.randomUUID(), "開始");
        Post a = threads.reply(thread.id(), null, "a");
        Post b = threads.reply(thread.id(), a.id(), "b");
        Post c = threads.reply(thread.id(), null, "c");

        ThreadTree.Located located = tree.locate(ThreadScope.whole(thread.id()), c.id(), 2);
        assertThat(located.index()).isEqualTo(3);
        assertThat(located.rows().rows()).extracting(r -> r.post().body()).containsExactly("開始", "a");
        assertThat(located.rows().visibleCount()).isEqualTo(4);
        assertThat(located.rows().thread().replyCount()).isEqualTo(3);
        assertThat(located.parent().post().body()).isEqualTo("開始");
        assertThat(located.parent().replies()).isEqualTo(3);
        assertThat(tree.locate(ThreadScope.whole(thread.id()), b.id(), 2).parent().post().id()).isEqualTo(a.id());
        assertThat(tree.locate(ThreadScope.whole(thread.id()), located.rows().rows().getFirst().post().id(), 2)
                .parent()).as("the opening post answers nothing").isNull();

        ThreadScope collapsed = ThreadScope.whole(thread.id()).withCollapsed(Set.of(a.id()));
        assertThat(tree.locate(collapsed, b.id(), 50).index()).isEqualTo(-1);
        assertThat(tree.locate(collapsed, c.id(), 50).index()).isEqualTo(2);
    }

    @Test
    void a_focused_view_shows_one_post_with_its_replies() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "焦点 " + UUID.randomUUID(), "開始");
        Post a = threads.reply(thread.id(), null, "a");
        Post b = threads.reply(thread.id(), a.id(), "b");
        threads.reply(thread.id(), null, "other");

        ThreadRows focused = tree.rows(new ThreadScope(thread.id(), a.id(), Set.of()), 0, 50);
        assertThat(focused.root().id()).isEqualTo(a.id());
        assertThat(focused.rows()).extracting(r -> r.post().id(), ThreadRow::depth).containsExactly(
                org.assertj.core.groups.Tuple.tuple(a.id(), 0), org.assertj.core.groups.Tuple.tuple(b.id(), 1));
        assertThat(focused.totalPosts()).isEqualTo(4);

        Thread other = threads.start(new SpaceId("forum"), "別 " + UUID.randomUUID(), "別");
        assertThatThrownBy(() -> tree.rows(new ThreadScope(other.id(), a.id(), Set.of()), 0, 50))
                .isInstanceOf(DiscussionNotFoundException.class);
    }

    @Test
    void the_first_new_post_is_found_by_time_and_author() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "新着 " + UUID.randomUUID(), "開始");
        threads.reply(thread.id(), null, "既読");
        Instant readUpTo = tree.rows(ThreadScope.whole(thread.id()), 0, 50).thread().lastActivityAt();
        threads.reply(thread.id(), null, "自分の新しい投稿");
        member.signIn("staff.shinjuku");
        Post news = threads.reply(thread.id(), null, "新宿区から");

        member.signIn("staff.minato");
        int index = tree.firstIndexAfter(ThreadScope.whole(thread.id()), readUpTo);
        assertThat(tree.rows(ThreadScope.whole(thread.id()), index, 1).rows().getFirst().post().id())
                .isEqualTo(news.id());
        assertThat(tree.firstIndexAfter(ThreadScope.whole(thread.id()), news.createdAt())).isEqualTo(-1);
    }

    @Test
    void a_locked_thread_is_read_but_not_writable_and_other_committees_are_not_read() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("municipal-committee"), "施錠 " + UUID.randomUUID(), "開始");
        member.signIn("moderator.musashino");
        moderation.lock(thread.id(), true);

        member.signIn("staff.minato");
        ThreadRows rows = tree.rows(ThreadScope.whole(thread.id()), 0, 10);
        assertThat(rows.writable()).isFalse();
        assertThat(rows.rows()).hasSize(1);

        member.signIn("staff.mitaka");
        assertThatThrownBy(() -> tree.rows(ThreadScope.whole(thread.id()), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tree.rows(ThreadScope.whole(new ThreadId("no-such-thread")), 0, 10))
                .isInstanceOf(DiscussionNotFoundException.class);
        assertThatThrownBy(() -> tree.rows(ThreadScope.whole(thread.id()), 0, ThreadService.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleted_posts_keep_their_place_without_text_or_reactions() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "削除 " + UUID.randomUUID(), "開始");
        Post gone = threads.reply(thread.id(), null, "消します");
        threads.reply(thread.id(), gone.id(), "返信は残る");
        threads.delete(gone.id());

        List<ThreadRow> rows = tree.rows(ThreadScope.whole(thread.id()), 0, 10).rows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).post().deleted()).isTrue();
        assertThat(rows.get(1).post().body()).isEmpty();
        assertThat(rows.get(1).replies()).isEqualTo(1);
    }
}
