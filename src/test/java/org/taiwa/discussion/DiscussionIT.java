package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.internal.PostDocument;

@TaiwaIntegrationTest
class DiscussionIT {

    @RegisterExtension
    final DemoMember member = new DemoMember();

    static final SpaceId COMMITTEE = new SpaceId("municipal-committee");
    static final SpaceId FORUM = new SpaceId("forum");

    @Autowired
    Spaces spaces;
    @Autowired
    ThreadService threads;
    @Autowired
    ThreadModeration moderation;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    @Test
    void demo_spaces_have_the_research_committees_members() {
        member.signIn("secretariat");
        assertThat(spaces.get(COMMITTEE).memberMunicipalities()).hasSize(20).contains("港区", "新島村")
                .doesNotContain("三鷹市");
        assertThat(spaces.get(new SpaceId("joint-plenary")).memberMunicipalities()).hasSize(20);
        assertThat(spaces.get(new SpaceId("joint-plenary")).memberUsernames()).containsExactly("academic.yamada");
        assertThat(spaces.get(new SpaceId("expert-committee")).memberUsernames()).containsExactly("academic.yamada");
        for (int model = 1; model <= 4; model++) {
            assertThat(spaces.get(new SpaceId("model-" + model)).memberMunicipalities())
                    .containsExactlyInAnyOrder("港区", "新宿区", "練馬区", "八王子市", "武蔵野市", "昭島市");
        }
        assertThat(spaces.readable()).extracting(s -> s.id().value()).contains("municipal-committee", "expert-committee",
                "joint-plenary", "model-1", "model-2", "model-3", "model-4", "forum");
    }

    @Test
    void a_committee_municipality_posts_there_but_another_cannot_read_it() {
        member.signIn("staff.minato");
        Thread thread = threads.start(COMMITTEE, "第1回の論点", "**共同購入**について");
        assertThat(thread.author()).isEqualTo("staff.minato");

        member.signIn("staff.mitaka");
        assertThat(spaces.readable()).extracting(s -> s.id().value()).doesNotContain("municipal-committee")
                .contains("forum");
        assertThatThrownBy(() -> spaces.get(COMMITTEE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> threads.read(thread.id(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> threads.reply(thread.id(), null, "入れて")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anyone_signed_in_posts_in_the_forum() {
        member.signIn("staff.mitaka");
        Thread thread = threads.start(FORUM, "三鷹市から", "よろしくお願いします");
        member.signIn("academic.yamada");
        Post reply = threads.reply(thread.id(), null, "こちらこそ");
        assertThat(reply.municipality()).isEmpty();
        assertThat(threads.read(thread.id(), 0, 10).thread().replyCount()).isEqualTo(1);
    }

    @Test
    void nested_replies_come_back_in_tree_order() {
        member.signIn("staff.minato");
        Thread thread = threads.start(COMMITTEE, "木構造", "開始");
        PostId opening = threads.read(thread.id(), 0, 10).posts().getFirst().post().id();
        Post a = threads.reply(thread.id(), null, "A");
        Post b = threads.reply(thread.id(), opening, "B");
        member.signIn("staff.shinjuku");
        Post a1 = threads.reply(thread.id(), a.id(), "A1");
        Post a1x = threads.reply(thread.id(), a1.id(), "A1x");

        ThreadPage page = threads.read(thread.id(), 0, 10);
        assertThat(page.posts()).extracting(p -> p.post().id(), TreePost::depth).containsExactly(
                org.assertj.core.groups.Tuple.tuple(opening, 0), org.assertj.core.groups.Tuple.tuple(a.id(), 1),
                org.assertj.core.groups.Tuple.tuple(a1.id(), 2), org.assertj.core.groups.Tuple.tuple(a1x.id(), 3),
                org.assertj.core.groups.Tuple.tuple(b.id(), 1));
        assertThat(page.posts().get(2).post().parentId()).isEqualTo(a.id());
        assertThat(page.posts().get(2).post().municipality()).isEqualTo("新宿区");
        assertThat(page.thread().replyCount()).isEqualTo(4);
        assertThat(threads.read(thread.id(), 1, 2).posts()).extracting(p -> p.post().id())
                .containsExactly(a1.id(), a1x.id());
    }

    @Test
    void reply_count_is_right_after_concurrent_replies() throws Exception {
        member.signIn("staff.minato");
        Authentication minato = SecurityContextHolder.getContext().getAuthentication();
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            started.add(threads.start(FORUM, "並行 " + i, "本文"));
        }
        List<Callable<Post>> tasks = new ArrayList<>();
        for (Thread thread : started) {
            for (int i = 0; i < 25; i++) {
                tasks.add(() -> {
                    SecurityContextHolder.getContext().setAuthentication(minato);
                    try {
                        return threads.reply(thread.id(), null, "返信");
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Post> result : pool.invokeAll(tasks)) {
                result.get();
            }
        }
        for (Thread thread : started) {
            ThreadPage page = threads.read(thread.id(), 0, 200);
            assertThat(page.thread().replyCount()).isEqualTo(25);
            assertThat(page.totalPosts()).isEqualTo(26);
        }
    }

    @Test
    void bad_input_is_rejected_and_nothing_is_stored() {
        member.signIn("staff.minato");
        Thread thread = threads.start(COMMITTEE, "検証", "開始");
        Thread other = threads.start(COMMITTEE, "別スレッド", "開始");
        PostId otherPost = threads.read(other.id(), 0, 1).posts().getFirst().post().id();
        long posts = mongo.count(new org.springframework.data.mongodb.core.query.Query(), PostDocument.class);

        assertThatThrownBy(() -> threads.reply(thread.id(), null, "")).isInstanceOf(InvalidPostException.class);
        assertThatThrownBy(() -> threads.reply(thread.id(), null, " \n\t　")).isInstanceOf(InvalidPostException.class);
        assertThatThrownBy(() -> threads.reply(thread.id(), null, "あ".repeat(100_001)))
                .isInstanceOf(InvalidPostException.class).hasMessageContaining("100000");
        assertThatThrownBy(() -> threads.reply(thread.id(), otherPost, "よそへ"))
                .isInstanceOf(InvalidPostException.class);
        assertThatThrownBy(() -> threads.reply(thread.id(), new PostId("missing"), "どこへ"))
                .isInstanceOf(InvalidPostException.class);
        assertThatThrownBy(() -> threads.start(COMMITTEE, "  ", "本文")).isInstanceOf(InvalidPostException.class);

        member.signIn("secretariat");
        moderation.lock(thread.id(), true);
        member.signIn("staff.minato");
        assertThatThrownBy(() -> threads.reply(thread.id(), null, "遅れて")).isInstanceOf(ThreadClosedException.class);
        threads.delete(threads.read(other.id(), 0, 1).posts().getFirst().post().id());
        assertThatThrownBy(() -> threads.reply(other.id(), null, "削除後")).isInstanceOf(ThreadClosedException.class);

        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), PostDocument.class))
                .isEqualTo(posts);
        assertThat(threads.read(thread.id(), 0, 10).thread().replyCount()).isZero();
    }

    @Test
    void pinned_threads_come_first_then_latest_activity() throws InterruptedException {
        // a space of its own: the data folder is shared with other tests and earlier runs
        member.signIn("secretariat");
        var model = spaces.create(new NewSpace(SpaceKind.WORKING_GROUP, "並び順", "Ordering", "",
                org.taiwa.security.policy.Visibility.MEMBERS_ONLY, java.util.Set.of(), java.util.Set.of("昭島市"),
                java.util.Set.of())).id();
        member.signIn("staff.akishima");
        Thread older = threads.start(model, "古い", "本文");
        Thread pinned = threads.start(model, "お知らせ", "本文");
        // activity is stamped in milliseconds: keep the steps apart so that the order is the test's, not the ids'
        java.lang.Thread.sleep(5);
        Thread newer = threads.start(model, "新しい", "本文");
        java.lang.Thread.sleep(5);
        threads.reply(older.id(), null, "再開");
        assertThatThrownBy(() -> moderation.pin(pinned.id(), true)).isInstanceOf(AccessDeniedException.class);
        member.signIn("secretariat");
        moderation.pin(pinned.id(), true);
        assertThat(threads.threads(model, 0, 10)).extracting(Thread::id)
                .containsExactly(pinned.id(), older.id(), newer.id());
    }

    @Test
    void an_edit_keeps_the_previous_text() {
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "編集", "初稿");
        Post post = threads.reply(thread.id(), null, "第一版");
        Post edited = threads.edit(post.id(), "第二版");
        assertThat(edited.editedAt()).isNotNull();
        assertThat(edited.bodyHtml()).isEqualTo("<p>第二版</p>");
        assertThat(threads.history(post.id())).containsExactly("第一版");
        member.signIn("staff.shinjuku");
        assertThatThrownBy(() -> threads.edit(post.id(), "他人")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_secretariat_creates_and_archives_spaces() {
        var draft = new NewSpace(SpaceKind.WORKING_GROUP, "試行部会", "Trial group", "", 
                org.taiwa.security.policy.Visibility.MEMBERS_ONLY, java.util.Set.of(), java.util.Set.of("港区"),
                java.util.Set.of());
        member.signIn("staff.minato");
        assertThatThrownBy(() -> spaces.create(draft)).isInstanceOf(AccessDeniedException.class);
        member.signIn("secretariat");
        Space space = spaces.create(draft);
        assertThat(spaces.archive(space.id()).archived()).isTrue();
        member.signIn("staff.minato");
        assertThat(spaces.get(space.id()).archived()).isTrue();
        assertThatThrownBy(() -> threads.start(space.id(), "題", "本文")).isInstanceOf(AccessDeniedException.class);
    }

}
