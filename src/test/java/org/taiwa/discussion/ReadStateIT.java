package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;

@TaiwaIntegrationTest
class ReadStateIT {

    static final SpaceId FORUM = new SpaceId("forum");
    static final SpaceId MODEL = new SpaceId("model-2");

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    ThreadService threads;
    @Autowired
    ReadState readState;

    @Test
    void a_new_thread_is_unread_for_others_but_not_for_its_author() {
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "既読テスト", "本文");
        assertThat(readState.unread(List.of(current(thread))).get(thread.id())).isZero();

        member.signIn("staff.shinjuku");
        assertThat(readState.unread(List.of(current(thread))).get(thread.id())).isEqualTo(1);
    }

    @Test
    void reading_a_thread_clears_its_count_and_tells_what_was_new_since() {
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "既読テスト2", "本文");
        member.signIn("staff.shinjuku");
        assertThat(readState.markRead(thread.id())).isEmpty();
        Instant firstVisit = current(thread).lastActivityAt();

        member.signIn("staff.minato");
        threads.reply(thread.id(), null, "一つ目");
        threads.reply(thread.id(), null, "二つ目");
        assertThat(readState.unread(List.of(current(thread))).get(thread.id())).as("own replies").isZero();

        member.signIn("staff.shinjuku");
        assertThat(readState.unread(List.of(current(thread))).get(thread.id())).isEqualTo(2);
        Optional<Instant> before = readState.markRead(thread.id());
        assertThat(before).hasValue(firstVisit);
        assertThat(readState.unread(List.of(current(thread))).get(thread.id())).isZero();
    }

    @Test
    void a_thread_just_read_is_marked_read_as_that_read_saw_it() {
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "既読テスト3", "本文");
        threads.reply(thread.id(), null, "一つ目");
        member.signIn("staff.shinjuku");
        Thread seen = current(thread);

        member.signIn("staff.minato");
        threads.reply(thread.id(), null, "読む前に届いた二つ目");
        member.signIn("staff.shinjuku");
        assertThat(readState.markRead(seen)).isEmpty();
        assertThat(readState.unread(List.of(current(thread))).get(thread.id())).as("the reply after the read")
                .isEqualTo(1);
        assertThat(readState.markRead(current(thread))).hasValue(seen.lastActivityAt());
        assertThat(readState.unread(List.of(current(thread))).get(thread.id())).isZero();
    }

    @Test
    void space_counts_add_up_and_mark_all_read_clears_them() {
        member.signIn("staff.hachioji");
        threads.start(MODEL, "モデル2 既読A", "本文");
        Thread second = threads.start(MODEL, "モデル2 既読B", "本文");
        threads.reply(second.id(), null, "返信");

        member.signIn("staff.nerima");
        int before = readState.unreadBySpace().get(MODEL);
        assertThat(before).isGreaterThanOrEqualTo(3);
        readState.markRead(second.id());
        assertThat(readState.unreadBySpace().get(MODEL)).isEqualTo(before - 2);

        readState.markAllRead(MODEL);
        assertThat(readState.unreadBySpace().get(MODEL)).isZero();
        assertThat(readState.unreadBySpace()).doesNotContainKey(new SpaceId("expert-committee"));
    }

    @Test
    void a_member_who_may_not_read_the_space_gets_no_read_state() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("municipal-committee"), "委員会の既読", "本文");
        member.signIn("staff.mitaka");
        assertThatThrownBy(() -> readState.markRead(thread.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> readState.markAllRead(new SpaceId("municipal-committee")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymous_visitors_have_no_read_state() {
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "匿名の既読", "本文");
        SecurityContextHolder.clearContext();
        assertThat(readState.unreadBySpace()).isEmpty();
        assertThat(readState.unread(List.of(thread))).isEmpty();
    }

    private Thread current(Thread thread) {
        return threads.read(thread.id(), 0, 1).thread();
    }
}
