package org.taiwa.discussion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.ThreadId;
import org.taiwa.discussion.TreePost;

class PostTreeTest {

    /**
     * Each post as {@code id:parent:second}; the expected order as {@code id/depth}.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("empty", List.of(), List.of()),
                Arguments.of("opening post alone", List.of("a::0"), List.of("a/0")),
                Arguments.of("replies in time order", List.of("a::0", "c:a:2", "b:a:1"), List.of("a/0", "b/1", "c/1")),
                Arguments.of("depth first", List.of("a::0", "b:a:1", "c:a:2", "d:b:3"),
                        List.of("a/0", "b/1", "d/2", "c/1")),
                Arguments.of("deep chain", List.of("a::0", "b:a:1", "c:b:2", "d:c:3"),
                        List.of("a/0", "b/1", "c/2", "d/3")),
                Arguments.of("same time ordered by id", List.of("a::0", "z:a:1", "m:a:1"),
                        List.of("a/0", "m/1", "z/1")),
                Arguments.of("orphan becomes a root in time order", List.of("a::0", "o:missing:5", "b:a:1"),
                        List.of("a/0", "b/1", "o/0")),
                Arguments.of("orphan keeps its own replies", List.of("o:missing:1", "p:o:2", "a::0"),
                        List.of("a/0", "o/0", "p/1")),
                Arguments.of("a parent cycle does not lose posts", List.of("a::0", "x:y:1", "y:x:2"),
                        List.of("a/0", "x/0", "y/1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void orders_posts_depth_first(String name, List<String> posts, List<String> expected) {
        assertThat(render(PostTree.order(posts.stream().map(PostTreeTest::post).toList()))).isEqualTo(expected);
    }

    @Test
    void the_order_does_not_depend_on_the_input_order() {
        List<Post> posts = new ArrayList<>(Stream.of("a::0", "b:a:1", "c:a:1", "d:b:2", "e:c:2", "f:a:3")
                .map(PostTreeTest::post).toList());
        List<String> first = render(PostTree.order(posts));
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(posts);
            assertThat(render(PostTree.order(posts))).isEqualTo(first);
        }
    }

    @Test
    void a_very_deep_thread_does_not_overflow_the_stack() {
        List<Post> posts = new ArrayList<>();
        posts.add(post("p0::0"));
        for (int i = 1; i < 20_000; i++) {
            posts.add(post("p" + i + ":p" + (i - 1) + ":" + i));
        }
        List<TreePost> ordered = PostTree.order(posts);
        assertThat(ordered).hasSize(20_000);
        assertThat(ordered.getLast().depth()).isEqualTo(19_999);
    }

    /** Each post as {@code id:parent:second}; the branch of {@code root} as its levels, ids joined by commas. */
    static Stream<Arguments> branches() {
        return Stream.of(
                Arguments.of("a leaf is a branch of one", List.of("a::0", "b:a:1"), "b", List.of("b")),
                Arguments.of("levels in time order", List.of("a::0", "b:a:1", "d:b:3", "c:b:2", "e:c:4", "x:a:5"),
                        "b", List.of("b", "c,d", "e")),
                Arguments.of("siblings of the root stay out", List.of("a::0", "b:a:1", "c:a:2", "d:c:3"), "b",
                        List.of("b")),
                Arguments.of("the whole thread from its opening post", List.of("a::0", "b:a:1", "c:b:2"), "a",
                        List.of("a", "b", "c")),
                Arguments.of("an unknown root has no branch", List.of("a::0"), "z", List.of()),
                Arguments.of("a parent cycle ends at the root", List.of("b:d:1", "c:b:2", "d:c:3"), "b",
                        List.of("b", "c", "d")),
                Arguments.of("a cycle through the root does not return to it", List.of("x:y:1", "y:x:2"), "x",
                        List.of("x", "y")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("branches")
    void collects_a_branch_level_by_level(String name, List<String> posts, String root, List<String> expected) {
        List<List<PostId>> levels = PostTree.branch(posts.stream().map(PostTreeTest::post).toList(), new PostId(root));
        assertThat(levels.stream().map(level -> String.join(",", level.stream().map(PostId::value).toList())).toList())
                .isEqualTo(expected);
    }

    @Test
    void a_very_deep_branch_has_one_level_per_post() {
        List<Post> posts = new ArrayList<>();
        posts.add(post("p0::0"));
        for (int i = 1; i < 20_000; i++) {
            posts.add(post("p" + i + ":p" + (i - 1) + ":" + i));
        }
        List<List<PostId>> levels = PostTree.branch(posts, new PostId("p5"));
        assertThat(levels).hasSize(19_995);
        assertThat(levels.getLast()).containsExactly(new PostId("p19999"));
    }

    private static Post post(String spec) {
        String[] parts = spec.split(":", -1);
        PostId parent = parts[1].isEmpty() ? null : new PostId(parts[1]);
        return new Post(new PostId(parts[0]), new ThreadId("t"), parent, "u", "", "", "",
                Instant.ofEpochSecond(Long.parseLong(parts[2])), null, false);
    }

    private static List<String> render(List<TreePost> posts) {
        return posts.stream().map(p -> p.post().id().value() + "/" + p.depth()).toList();
    }
}
