package org.taiwa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following the store: out-of-order commits, restarts, rebuilds while answering, a deleted folder. */
class IndexKeeperTest {

    private static final IndexKeeper.Settings SETTINGS = new IndexKeeper.Settings(Duration.ofMillis(50),
            Duration.ofSeconds(30), 7, 20);
    private static final IndexKeeper.Settings SHORT_GAPS = new IndexKeeper.Settings(Duration.ofMillis(50),
            Duration.ofMillis(300), 7, 20);

    @TempDir
    Path dir;

    private final FakeFeed feed = new FakeFeed();

    private IndexKeeper keeper() {
        return keeper(SETTINGS);
    }

    private IndexKeeper keeper(IndexKeeper.Settings settings) {
        return new IndexKeeper(dir, TestAnalysis.ANALYZERS, List.of(feed), feed::counter, settings);
    }

    private static java.util.Map<String, Long> contents(IndexKeeper keeper) throws IOException {
        return keeper.index().contents();
    }

    @Test
    void a_write_that_commits_after_a_later_one_is_not_lost() throws IOException {
        try (IndexKeeper keeper = keeper()) {
            long slow = feed.reserve();
            feed.write("fast", "速い");
            keeper.pollNow();
            assertThat(keeper.index().position()).isEqualTo(slow - 1);
            feed.commit(slow, "slow", "遅い");
            keeper.pollNow();
            assertThat(contents(keeper)).isEqualTo(feed.expected());
            assertThat(keeper.index().position()).isEqualTo(feed.counter());
        }
    }

    @Test
    void a_position_that_never_commits_is_given_up_after_the_timeout() throws Exception {
        try (IndexKeeper keeper = keeper(SHORT_GAPS)) {
            keeper.pollNow();
            feed.reserve();
            feed.write("after", "後");
            keeper.pollNow();
            assertThat(keeper.index().position()).isZero();
            Thread.sleep(SHORT_GAPS.gapTimeout().toMillis() + 100);
            keeper.pollNow();
            assertThat(keeper.index().position()).isEqualTo(feed.counter());
            assertThat(keeper.skipped()).isEqualTo(1);
        }
    }

    @Test
    void changes_are_searchable_at_once_and_committed_at_most_every_interval() throws IOException {
        for (int i = 0; i < 5; i++) {
            feed.write("d" + i, "文書" + i);
        }
        try (IndexKeeper keeper = keeper()) {
            keeper.pollNow();
            Path path = keeper.index().path();
            assertThat(LuceneIndex.commitData(path)).containsEntry(LuceneIndex.POSITION, "5");

            feed.write("d5", "直後の文書");
            keeper.pollNow();
            assertThat(keeper.index().position()).isEqualTo(6);
            assertThat(contents(keeper)).containsKey("document:d5");
            assertThat(LuceneIndex.commitData(path)).as("the commit right before is recent: no new one yet")
                    .containsEntry(LuceneIndex.POSITION, "5");

            await().atMost(Follower.COMMIT_INTERVAL.multipliedBy(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        keeper.pollNow();
                        return "6".equals(LuceneIndex.commitData(path).get(LuceneIndex.POSITION));
                    });
        }
    }

    @Test
    void a_restart_resumes_from_the_committed_position() throws IOException {
        for (int i = 0; i < 30; i++) {
            feed.write("d" + i, "文書" + i);
        }
        try (IndexKeeper keeper = keeper()) {
            keeper.pollNow();
            assertThat(keeper.index().position()).isEqualTo(30);
        }
        feed.write("d3", "変更後");
        feed.write("new", "新規");
        try (IndexKeeper keeper = keeper()) {
            assertThat(keeper.index().position()).isEqualTo(30);
            keeper.pollNow();
            assertThat(contents(keeper)).isEqualTo(feed.expected());
        }
    }

    @Test
    void a_rebuild_answers_from_the_old_index_until_it_swaps() throws Exception {
        for (int i = 0; i < 200; i++) {
            feed.write("d" + i, "文書" + i);
        }
        try (IndexKeeper keeper = keeper()) {
            keeper.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> contents(keeper).equals(feed.expected()));
            Path before = keeper.index().path();
            assertThat(keeper.rebuild()).isTrue();
            assertThat(keeper.rebuild()).as("one at a time").isFalse();
            feed.write("during", "再構築中");
            // searches keep getting full answers meanwhile
            assertThat(keeper.index().count()).isGreaterThanOrEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> !keeper.progress().running());
            assertThat(keeper.index().path()).isNotEqualTo(before);
            assertThat(Files.exists(before)).isFalse();
            await().atMost(Duration.ofSeconds(10)).until(() -> contents(keeper).equals(feed.expected()));
        }
    }

    @Test
    void a_deleted_index_folder_is_rebuilt() throws Exception {
        for (int i = 0; i < 50; i++) {
            feed.write("d" + i, "文書" + i);
        }
        try (IndexKeeper keeper = keeper()) {
            keeper.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> contents(keeper).equals(feed.expected()));
            Path gone = keeper.index().path();
            LuceneIndex.deleteDirectory(gone);
            feed.write("later", "後から");
            await().atMost(Duration.ofSeconds(30)).until(() -> !keeper.index().path().equals(gone)
                    && contents(keeper).equals(feed.expected()));
            assertThat(Files.isDirectory(keeper.index().path())).isTrue();
        }
    }

    @Test
    void an_interrupted_rebuild_is_dropped_at_start_up_and_the_complete_index_used() throws IOException {
        feed.write("a", "あ");
        Path complete;
        try (IndexKeeper keeper = keeper()) {
            keeper.pollNow();
            complete = keeper.index().path();
        }
        Path partial = new IndexGenerations(dir).next();
        try (LuceneIndex index = LuceneIndex.open(partial, TestAnalysis.ANALYZERS.perField())) {
            index.commit(0, false);
        }
        try (IndexKeeper keeper = keeper()) {
            assertThat(keeper.index().path()).isEqualTo(complete);
            assertThat(Files.exists(partial)).isFalse();
        }
    }
}
