package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.internal.PostDocument;
import org.taiwa.security.MemberSignedIn;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

@TaiwaIntegrationTest
@RecordApplicationEvents
class MentionsIT {

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    ThreadService threads;
    @Autowired
    Mentions mentions;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationEvents events;

    /** Members are known to the directory from their first sign-in, as the portal's sign-in would tell it. */
    @BeforeEach
    void shinjuku_and_yamada_have_signed_in_once() {
        publisher.publishEvent(new MemberSignedIn(new SignedInMember("staff.shinjuku", "新宿区 職員", "",
                Optional.of("新宿区"), Set.of(Role.MEMBER)), Instant.now()));
        publisher.publishEvent(new MemberSignedIn(new SignedInMember("academic.yamada", "山田 太郎", "",
                Optional.empty(), Set.of(Role.ACADEMIC)), Instant.now()));
    }

    @Test
    void a_reply_names_members_and_municipalities_in_its_event_and_its_html() {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "呼びかけ " + UUID.randomUUID(), "開始");
        events.clear();
        Post reply = threads.reply(thread.id(), null, """
                @staff.shinjuku さん、@港区 と @hachioji の件です。@academic.yamada 先生もどうぞ。
                @staff.nobody と @大阪市 は知らない名前、`@staff.minato` はコードです。

                    @新宿区 (コード)
                """);

        PostPublished published = events.stream(PostPublished.class).filter(e -> e.post().equals(reply.id()))
                .findFirst().orElseThrow();
        assertThat(published.mentionedUsernames()).containsExactlyInAnyOrder("staff.shinjuku", "academic.yamada");
        assertThat(published.mentionedMunicipalities()).containsExactlyInAnyOrder("minato", "hachioji");
        assertThat(reply.bodyHtml()).contains("<span class=\"taiwa-mention\">@staff.shinjuku</span>",
                "<span class=\"taiwa-mention\">@港区</span>", "<span class=\"taiwa-mention\">@hachioji</span>")
                .contains("@staff.nobody", "<code>@staff.minato</code>").doesNotContain(">@staff.nobody</span>");
        PostDocument stored = mongo.findById(reply.id().value(), PostDocument.class);
        assertThat(stored.mentionedUsernames()).containsExactlyInAnyOrder("staff.shinjuku", "academic.yamada");
        assertThat(stored.mentionedMunicipalities()).containsExactlyInAnyOrder("minato", "hachioji");
    }

    @Test
    void a_new_thread_names_them_too_and_an_edit_renames() {
        member.signIn("staff.minato");
        events.clear();
        Thread thread = threads.start(new SpaceId("forum"), "開始時 " + UUID.randomUUID(), "@新宿区 の皆さんへ");
        PostPublished opening = events.stream(PostPublished.class).filter(e -> e.thread().equals(thread.id()))
                .findFirst().orElseThrow();
        assertThat(opening.mentionedMunicipalities()).containsExactly("shinjuku");
        assertThat(opening.mentionedUsernames()).isEmpty();

        Post edited = threads.edit(opening.post(), "@staff.shinjuku さんへ");
        assertThat(edited.bodyHtml()).contains("<span class=\"taiwa-mention\">@staff.shinjuku</span>");
        PostDocument stored = mongo.findById(opening.post().value(), PostDocument.class);
        assertThat(stored.mentionedUsernames()).containsExactly("staff.shinjuku");
        assertThat(stored.mentionedMunicipalities()).isEmpty();
    }

    @Test
    void suggestions_offer_known_members_and_municipalities_by_prefix() {
        member.signIn("staff.minato");
        assertThat(mentions.suggest("staff.shin", 8)).extracting(MentionSuggestion::handle)
                .contains("staff.shinjuku");
        assertThat(mentions.suggest("新宿", 8)).extracting(MentionSuggestion::kind, MentionSuggestion::handle)
                .contains(org.assertj.core.groups.Tuple.tuple(MentionSuggestion.Kind.MUNICIPALITY, "新宿区"),
                        org.assertj.core.groups.Tuple.tuple(MentionSuggestion.Kind.MEMBER, "staff.shinjuku"));
        assertThat(mentions.suggest("hachi", 8)).extracting(MentionSuggestion::handle).contains("八王子市");
        assertThat(mentions.suggest("", 8)).isEmpty();
        assertThat(mentions.suggest("s", 100)).hasSizeLessThanOrEqualTo(Mentions.MAX_SUGGESTIONS);
    }

    @Test
    void visitors_get_no_suggestions() {
        assertThatThrownBy(() -> mentions.suggest("staff", 8)).isInstanceOf(AccessDeniedException.class);
    }
}
