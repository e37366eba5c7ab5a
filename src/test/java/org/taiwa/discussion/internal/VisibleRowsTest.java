package org.taiwa.discussion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.Reactions;
import org.taiwa.discussion.ThreadId;
import org.taiwa.discussion.ThreadRow;
import org.taiwa.discussion.TreePost;

class VisibleRowsTest {

    /**
     * a ─ b ─ d ─ e
     *   │   └ f
     *   └ c ─ g
     */
    private static final List<Post> TREE = Stream.of("a::0", "b:a:1", "c:a:2", "d:b:3", "e:d:4", "f:b:5", "g:c:6")
            .map(VisibleRowsTest::post).toList();

    /** Each row as {@code id/depth/replies} with {@code +} when collapsed and {@code >} when it continues elsewhere. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("everything", null, Set.of(), 5,
                        List.of("a/0/6", "b/1/3", "d/2/1", "e/3/0", "f/2/0", "c/1/1", "g/2/0")),
                Arguments.of("a collapsed branch hides all below it", null, Set.of("b"), 5,
                        List.of("a/0/6", "b/1/3+", "c/1/1", "g/2/0")),
                Arguments.of("collapsing the opening post hides every reply", null, Set.of("a"), 5,
                        List.of("a/0/6+")),
                Arguments.of("collapsing a post without replies changes nothing", null, Set.of("e", "g"), 5,
                        List.of("a/0/6", "b/1/3", "d/2/1", "e/3/0", "f/2/0", "c/1/1", "g/2/0")),
                Arguments.of("a collapsed post inside a collapsed branch stays hidden", null, Set.of("b", "d"), 5,
                        List.of("a/0/6", "b/1/3+", "c/1/1", "g/2/0")),
                Arguments.of("deeper than the readable depth continues elsewhere", null, Set.of(), 2,
                        List.of("a/0/6", "b/1/3", "d/2/1>", "f/2/0", "c/1/1", "g/2/0")),
                Arguments.of("a focused post is the root with depths from it", "b", Set.of(), 5,
                        List.of("b/0/3", "d/1/1", "e/2/0", "f/1/0")),
                Arguments.of("the focused view cuts at the readable depth from its root", "b", Set.of(), 1,
                        List.of("b/0/3", "d/1/1>", "f/1/0")),
                Arguments.of("a focused leaf is alone", "g", Set.of(), 5, List.of("g/0/0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shows_what_is_neither_collapsed_nor_too_deep(String name, String root, Set<String> collapsed, int maxDepth,
                                                      List<String> expected) {
        List<ThreadRow> rows = VisibleRows.of(PostTree.order(TREE), root == null ? null : new PostId(root),
                ids(collapsed), maxDepth, p -> Reactions.NONE).orElseThrow();
        assertThat(rows.stream().map(VisibleRowsTest::render).toList()).isEqualTo(expected);
    }

    @Test
    void a_root_that_is_not_in_the_thread_gives_nothing() {
        assertThat(VisibleRows.of(PostTree.order(TREE), new PostId("elsewhere"), Set.of(), 5, p -> Reactions.NONE))
                .isEmpty();
    }

    @Test
    void counts_replies_of_every_post_in_one_pass() {
        List<TreePost> ordered = PostTree.order(TREE);
        int[] below = VisibleRows.descendants(ordered);
        assertThat(ordered.stream().map(tp -> tp.post().id().value()).toList())
                .containsExactly("a", "b", "d", "e", "f", "c", "g");
        assertThat(below).containsExactly(6, 3, 1, 0, 0, 1, 0);
    }

    @Test
    void orphan_roots_are_trees_of_their_own() {
        List<Post> posts = Stream.of("a::0", "b:a:1", "o:missing:2", "p:o:3").map(VisibleRowsTest::post).toList();
        List<ThreadRow> rows = VisibleRows.of(PostTree.order(posts), null, ids(Set.of("a")), 5, p -> Reactions.NONE)
                .orElseThrow();
        assertThat(rows.stream().map(VisibleRowsTest::render).toList()).containsExactly("a/0/1+", "o/0/1", "p/1/0");
    }

    @Test
    void a_thousand_replies_in_a_random_tree_are_all_shown_or_continued() {
        List<Post> posts = new ArrayList<>(List.of(post("p0::0")));
        var random = new java.util.Random(4);
        for (int i = 1; i <= 1_000; i++) {
            posts.add(post("p" + i + ":p" + random.nextInt(i) + ":" + i));
        }
        List<ThreadRow> rows = VisibleRows.of(PostTree.order(posts), null, Set.of(), 5, p -> Reactions.NONE)
                .orElseThrow();
        int continued = rows.stream().filter(ThreadRow::continues).mapToInt(ThreadRow::replies).sum();
        assertThat(rows.size() + continued).isEqualTo(1_001);
        assertThat(rows).allSatisfy(row -> assertThat(row.depth()).isLessThanOrEqualTo(5));
    }

    private static Set<PostId> ids(Set<String> ids) {
        return ids.stream().map(PostId::new).collect(java.util.stream.Collectors.toSet());
    }

    private static String render(ThreadRow row) {
        return row.post().id().value() + "/" + row.depth() + "/" + row.replies() + (row.collapsed() ? "+" : "")
                + (row.continues() ? ">" : "");
    }

    private static Post post(String spec) {
        String[] parts = spec.split(":", -1);
        PostId parent = parts[1].isEmpty() ? null : new PostId(parts[1]);
        return new Post(new PostId(parts[0]), new ThreadId("t"), parent, "u", "", "", "",
                Instant.ofEpochSecond(Long.parseLong(parts[2])), null, false);
    }
}
