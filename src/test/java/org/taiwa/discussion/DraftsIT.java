package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.internal.PostText;

@TaiwaIntegrationTest
class DraftsIT {

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    ThreadService threads;
    @Autowired
    Drafts drafts;

    @Test
    void a_draft_is_kept_per_member_and_post_answered_until_discarded() throws InterruptedException {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "下書き " + UUID.randomUUID(), "本文");
        Post a = threads.reply(thread.id(), null, "a");
        DraftKey toA = DraftKey.reply(thread.id(), a.id());
        DraftKey toThread = DraftKey.reply(thread.id(), null);

        drafts.save(toThread, "", "途中まで");
        java.lang.Thread.sleep(5);
        drafts.save(toA, "", "a への返信を");
        drafts.save(toA, "", "a への返信を書いています");
        assertThat(drafts.find(toA).map(Draft::body)).hasValue("a への返信を書いています");
        assertThat(drafts.find(toThread).map(Draft::body)).hasValue("途中まで");
        assertThat(drafts.latestIn(thread.id()).map(Draft::key)).hasValue(toA);
        assertThat(drafts.latestIn(thread).map(Draft::key)).as("from the thread as read").hasValue(toA);

        member.signIn("staff.shinjuku");
        assertThat(drafts.find(toA)).isEmpty();
        assertThat(drafts.latestIn(thread.id())).isEmpty();

        member.signIn("staff.minato");
        drafts.discard(toA);
        assertThat(drafts.find(toA)).isEmpty();
        drafts.save(toThread, "", "   ");
        assertThat(drafts.find(toThread)).as("a blank text discards").isEmpty();
    }

    @Test
    void a_new_thread_draft_keeps_title_and_body() {
        member.signIn("staff.hachioji");
        DraftKey key = DraftKey.newThread(new SpaceId("forum"));
        drafts.save(key, "件名の案 " + UUID.randomUUID(), "本文の案");
        Draft draft = drafts.find(key).orElseThrow();
        assertThat(draft.title()).startsWith("件名の案");
        assertThat(draft.body()).isEqualTo("本文の案");
        drafts.discard(key);
        assertThat(drafts.find(key)).isEmpty();
    }

    @Test
    void drafts_are_for_readers_only_and_no_larger_than_a_post() {
        member.signIn("staff.minato");
        Thread committee = threads.start(new SpaceId("municipal-committee"), "委員会 " + UUID.randomUUID(), "本文");
        assertThatThrownBy(() -> drafts.save(DraftKey.reply(committee.id(), null), "", "x".repeat(PostText.MAX_BODY + 1)))
                .isInstanceOf(InvalidPostException.class);

        member.signIn("staff.mitaka");
        assertThatThrownBy(() -> drafts.save(DraftKey.reply(committee.id(), null), "", "覗き見"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.latestIn(committee.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.latestIn(committee)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.find(DraftKey.newThread(new SpaceId("municipal-committee"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void visitors_keep_no_drafts() {
        assertThatThrownBy(() -> drafts.save(DraftKey.newThread(new SpaceId("forum")), "", "x"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
