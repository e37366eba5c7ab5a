package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.DemoApiSupport;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;

import tools.jackson.databind.JsonNode;

@TaiwaIntegrationTest
class ReactionsIT extends DemoApiSupport {

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    ThreadService threads;
    @Autowired
    PostReactions reactions;
    @Autowired
    ThreadTree tree;
    @Autowired
    ThreadModeration moderation;
    @Autowired
    PostModeration postModeration;

    @Test
    void each_member_reacts_once_per_kind_and_can_take_it_back() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "反応 " + UUID.randomUUID(), "提案します");
        Post post = threads.reply(thread.id(), null, "共同購入を続けましょう");

        reactions.react(post.id(), ReactionKind.AGREE);
        Reactions twice = reactions.react(post.id(), ReactionKind.AGREE);
        assertThat(twice.count(ReactionKind.AGREE)).isEqualTo(1);
        member.signIn("staff.shinjuku");
        reactions.react(post.id(), ReactionKind.AGREE);
        Reactions both = reactions.react(post.id(), ReactionKind.QUESTION);
        assertThat(both.who(ReactionKind.AGREE)).containsExactly("staff.minato", "staff.shinjuku");
        assertThat(both.who(ReactionKind.QUESTION)).containsExactly("staff.shinjuku");
        assertThat(both.count(ReactionKind.EMPATHY)).isZero();

        Reactions withdrawn = reactions.withdraw(post.id(), ReactionKind.AGREE);
        assertThat(withdrawn.who(ReactionKind.AGREE)).containsExactly("staff.minato");
        assertThat(reactions.withdraw(post.id(), ReactionKind.EMPATHY).count(ReactionKind.EMPATHY)).isZero();

        ThreadRow row = tree.rows(ThreadScope.whole(thread.id()), 1, 1).rows().getFirst();
        assertThat(row.reactions().has(ReactionKind.QUESTION, "staff.shinjuku")).isTrue();
        assertThat(row.reactions().has(ReactionKind.AGREE, "staff.shinjuku")).isFalse();
    }

    @Test
    void concurrent_reactions_are_all_kept() throws Exception {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "同時 " + UUID.randomUUID(), "本文");
        Post post = threads.reply(thread.id(), null, "返信");
        var members = java.util.List.of("staff.minato", "staff.shinjuku", "staff.hachioji", "staff.mitaka",
                "staff.chiyoda", "staff.chuo");
        try (var pool = Executors.newFixedThreadPool(members.size())) {
            var calls = members.stream().<Callable<Reactions>>map(name -> () -> {
                member.signIn(name);
                return reactions.react(post.id(), ReactionKind.EMPATHY);
            }).toList();
            for (var future : pool.invokeAll(calls)) {
                future.get();
            }
        }
        member.signIn("staff.minato");
        assertThat(reactions.react(post.id(), ReactionKind.EMPATHY).who(ReactionKind.EMPATHY))
                .containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void deleted_posts_and_locked_threads_take_no_reactions() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "閉鎖 " + UUID.randomUUID(), "本文");
        Post post = threads.reply(thread.id(), null, "消す予定");
        Post kept = threads.reply(thread.id(), null, "残す");
        reactions.react(post.id(), ReactionKind.AGREE);
        threads.delete(post.id());
        assertThatThrownBy(() -> reactions.react(post.id(), ReactionKind.AGREE))
                .isInstanceOf(InvalidPostException.class).hasMessageContaining("deleted");
        assertThat(tree.rows(ThreadScope.whole(thread.id()), 1, 1).rows().getFirst().reactions().count(
                ReactionKind.AGREE)).as("a deleted post shows no reactions").isZero();

        member.signIn("moderator.musashino");
        moderation.lock(thread.id(), true);
        member.signIn("staff.minato");
        assertThatThrownBy(() -> reactions.react(kept.id(), ReactionKind.EMPATHY))
                .isInstanceOf(ThreadClosedException.class);
        assertThatThrownBy(() -> reactions.withdraw(kept.id(), ReactionKind.EMPATHY))
                .isInstanceOf(ThreadClosedException.class);
    }

    @Test
    void a_hidden_post_takes_no_reactions_and_shows_none_to_readers() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "非表示 " + UUID.randomUUID(), "本文");
        Post post = threads.reply(thread.id(), null, "問題のある投稿");
        reactions.react(post.id(), ReactionKind.QUESTION);
        member.signIn("moderator.musashino");
        postModeration.hide(post.id(), "個人情報");

        member.signIn("staff.shinjuku");
        assertThatThrownBy(() -> reactions.react(post.id(), ReactionKind.AGREE))
                .isInstanceOf(AccessDeniedException.class);
        ThreadRow row = tree.rows(ThreadScope.whole(thread.id()), 1, 1).rows().getFirst();
        assertThat(row.post().hidden()).isTrue();
        assertThat(row.reactions().count(ReactionKind.QUESTION)).isZero();
        member.signIn("moderator.musashino");
        assertThat(tree.rows(ThreadScope.whole(thread.id()), 1, 1).rows().getFirst().reactions()
                .who(ReactionKind.QUESTION)).as("moderators still see the text and its reactions")
                .containsExactly("staff.minato");
    }

    @Test
    void only_who_may_reply_may_react() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("municipal-committee"), "委員会 " + UUID.randomUUID(), "本文");
        Post opening = tree.rows(ThreadScope.whole(thread.id()), 0, 1).rows().getFirst().post();
        member.signIn("staff.mitaka");
        assertThatThrownBy(() -> reactions.react(opening.id(), ReactionKind.AGREE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_api_puts_and_deletes_reactions() throws Exception {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "API " + UUID.randomUUID(), "本文");
        Post post = threads.reply(thread.id(), null, "返信");
        String path = "/api/posts/" + post.id().value() + "/reactions/";

        HttpResponse<String> agreed = send(HttpRequest.newBuilder(uri(path + "agree"))
                .PUT(HttpRequest.BodyPublishers.noBody()), "staff.shinjuku");
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        JsonNode body = json.readTree(agreed.body());
        assertThat(body.get("agree").get(0).asString()).isEqualTo("staff.shinjuku");
        assertThat(body.get("empathy").size()).isZero();
        assertThat(body.get("question").size()).isZero();

        HttpResponse<String> withdrawn = send(HttpRequest.newBuilder(uri(path + "AGREE")).DELETE(), "staff.shinjuku");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(json.readTree(withdrawn.body()).get("agree").size()).isZero();

        assertProblem(send(HttpRequest.newBuilder(uri(path + "like")).PUT(HttpRequest.BodyPublishers.noBody()),
                "staff.shinjuku"), 400);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/posts/no-such-post/reactions/agree"))
                .PUT(HttpRequest.BodyPublishers.noBody()), "staff.shinjuku"), 404);
        member.signIn("moderator.musashino");
        moderation.lock(thread.id(), true);
        assertProblem(send(HttpRequest.newBuilder(uri(path + "agree")).PUT(HttpRequest.BodyPublishers.noBody()),
                "staff.shinjuku"), 409);
    }
}
