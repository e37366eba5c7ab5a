package org.taiwa.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostModeration;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadModeration;
import org.taiwa.discussion.ThreadService;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.DocumentType;
import org.taiwa.library.DocumentUploads;
import org.taiwa.library.FiscalYear;
import org.taiwa.security.policy.Visibility;

/** Posts and documents become searchable as they are written, for exactly those who may read them. */
@TaiwaIntegrationTest
class SearchIT {

    private static final SpaceId FORUM = new SpaceId("forum");
    private static final SpaceId COMMITTEE = new SpaceId("municipal-committee");
    private static final Duration SAME_NODE = Duration.ofSeconds(1);
    /** For checks of what is found rather than how fast: some slack on a busy machine. */
    private static final Duration SOON = Duration.ofSeconds(10);

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    SearchService search;
    @Autowired
    ThreadService threads;
    @Autowired
    ThreadModeration threadModeration;
    @Autowired
    PostModeration postModeration;
    @Autowired
    DocumentUploads uploads;

    /** A word no other test writes: one Latin token to Kuromoji. */
    private static String uniqueWord() {
        var random = new Random();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private List<String> found(String user, String words) {
        member.signIn(user);
        return search.search(SearchQuery.of(words)).hits().stream().map(Hit::id).toList();
    }

    @Test
    void a_new_post_is_searchable_on_the_same_node_within_a_second() {
        // right after a start the index may still be catching up with what earlier tests wrote: not the figure
        String warmUp = uniqueWord();
        member.signIn("staff.minato");
        threads.start(FORUM, "準備 " + warmUp, warmUp);
        await().atMost(Duration.ofSeconds(60)).until(() -> !found("staff.minato", warmUp).isEmpty());
        String word = uniqueWord();
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "検索の試験 " + word, "カーボン・オフセットの相談 " + word);
        long written = System.nanoTime();
        await().atMost(SAME_NODE).pollInterval(Duration.ofMillis(20))
                .until(() -> !found("staff.minato", word).isEmpty());
        assertThat(Duration.ofNanos(System.nanoTime() - written)).isLessThanOrEqualTo(SAME_NODE);
        member.signIn("staff.minato");
        SearchResult result = search.search(SearchQuery.of(word + " カーボンオフセット"));
        assertThat(result.hits()).hasSize(1);
        Hit hit = result.hits().getFirst();
        assertThat(hit.kind()).isEqualTo(HitKind.POST);
        assertThat(hit.url()).startsWith("threads/" + thread.id().value());
        assertThat(hit.snippet()).contains("<mark>カーボン・オフセット</mark>");
        assertThat(hit.municipalities()).containsExactly("港区");
    }

    @Test
    void members_only_posts_are_found_by_members_and_nobody_else() {
        String word = uniqueWord();
        member.signIn("staff.minato");
        threads.start(COMMITTEE, "委員会だけの話 " + word, "非公開の相談 " + word);
        await().atMost(SOON).until(() -> !found("staff.minato", word).isEmpty());
        assertThat(found("staff.mitaka", word)).isEmpty();
        member.signIn("staff.mitaka");
        SearchResult outsider = search.search(SearchQuery.of(word));
        assertThat(outsider.total()).isZero();
        assertThat(outsider.facets()).allSatisfy(facet -> assertThat(facet.values()).isEmpty());
        assertThat(search.suggest(word, 10)).isEmpty();
        member.signIn("staff.minato");
        assertThat(search.suggest(word.substring(0, 8), 10)).extracting(Suggestion::text)
                .anySatisfy(text -> assertThat(text).contains(word));
    }

    @Test
    void edits_deletions_and_hiding_follow_into_the_index() {
        String before = uniqueWord();
        String after = uniqueWord();
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "編集の試験", "開始");
        Post reply = threads.reply(thread.id(), null, "返信 " + before);
        await().atMost(SOON).until(() -> found("staff.minato", before).contains(reply.id().value()));

        threads.edit(reply.id(), "返信 " + after);
        await().atMost(SOON).until(() -> found("staff.minato", after).contains(reply.id().value()));
        assertThat(found("staff.minato", before)).isEmpty();

        member.signIn("moderator.musashino");
        postModeration.hide(reply.id(), "試験のため");
        await().atMost(SOON).until(() -> found("staff.minato", after).isEmpty());
        member.signIn("moderator.musashino");
        postModeration.unhide(reply.id());
        await().atMost(SOON).until(() -> !found("staff.minato", after).isEmpty());

        member.signIn("staff.minato");
        threads.delete(reply.id());
        await().atMost(Duration.ofSeconds(2)).until(() -> found("staff.minato", after).isEmpty());
    }

    @Test
    void a_moved_thread_takes_its_posts_into_the_readers_of_its_new_space() {
        String word = uniqueWord();
        member.signIn("staff.minato");
        Thread thread = threads.start(FORUM, "移動の試験 " + word, "本文 " + word);
        threads.reply(thread.id(), null, "返信も " + word);
        await().atMost(SOON).until(() -> found("staff.mitaka", word).size() == 2);
        member.signIn("secretariat");
        threadModeration.move(thread.id(), COMMITTEE);
        await().atMost(SOON).until(() -> found("staff.mitaka", word).isEmpty());
        assertThat(found("staff.minato", word)).hasSize(2);
    }

    @Test
    void uploaded_documents_are_found_by_their_text_and_their_era_year() {
        String word = uniqueWord();
        member.signIn("staff.shinjuku");
        var metadata = new DocumentMetadata("検索試験の報告書 " + word, "要約", DocumentType.REPORT, FiscalYear.of(2011),
                List.of(), null, null, null, List.of(), Visibility.ALL_MUNICIPALITIES, "");
        uploads.upload(metadata, "report.txt", new ByteArrayInputStream(
                ("温室効果ガスの削減について。" + word + " 本文").getBytes(StandardCharsets.UTF_8)));
        await().atMost(Duration.ofSeconds(20)).until(() -> found("staff.minato", word + " 温室効果ガス").size() == 1);
        assertThat(found("staff.minato", word + " 平成23年度")).hasSize(1);
        assertThat(found("staff.minato", word + " 2011年度")).hasSize(1);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(search.search(SearchQuery.of(word)).total()).as("visitors").isZero();
    }
}
