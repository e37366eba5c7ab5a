package org.taiwa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;
import org.taiwa.search.IndexStatus;

/**
 * The start-up option {@code --rebuild-index}: the index is built anew from the store, which repairs an index
 * that lacks something it can no longer learn by following (here a write given up as failed that committed
 * after all); without the option the start only follows on from the committed position.
 */
class SearchEventsTest {

    private static final IndexKeeper.Settings SHORT_GAPS = new IndexKeeper.Settings(Duration.ofMillis(50),
            Duration.ofMillis(300), 7, 20);

    @TempDir
    Path dir;

    private final FakeFeed feed = new FakeFeed();

    @Test
    void starting_with_rebuild_index_rebuilds_from_the_store_and_without_it_the_index_follows_on() throws Exception {
        indexThatMissedAWrite();

        try (IndexKeeper keeper = keeper()) {
            var events = new SearchEvents(engine(keeper), new DefaultApplicationArguments());
            events.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> keeper.pollNow().caughtUp());
            feed.write("after-restart", "再起動後の文書");
            await().atMost(Duration.ofSeconds(10)).until(() -> keeper.index().contents().containsKey(key("after-restart")));
            assertThat(keeper.index().contents()).doesNotContainKey(key("late"));
            assertThat(keeper.progress().startedAt()).as("no rebuild").isNull();
        }

        try (IndexKeeper keeper = keeper()) {
            Path before = keeper.index().path();
            SearchEngine engine = engine(keeper);
            new SearchEvents(engine, new DefaultApplicationArguments("--rebuild-index")).start();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                IndexStatus status = engine.status();
                return status.rebuildFinished() != null && !status.rebuilding();
            });
            assertThat(keeper.index().path()).as("a fresh generation").isNotEqualTo(before);
            assertThat(keeper.index().contents()).isEqualTo(feed.expected()).containsKey(key("late"));
            assertThat(engine.status().items()).isEqualTo(feed.expected().size());
        }
    }

    /** 30 items indexed, one of them written at a position the index gave up waiting for. */
    private void indexThatMissedAWrite() throws Exception {
        for (int i = 0; i < 10; i++) {
            feed.write("d" + i, "文書" + i);
        }
        long slow = feed.reserve();
        for (int i = 10; i < 30; i++) {
            feed.write("d" + i, "文書" + i);
        }
        try (IndexKeeper keeper = keeper()) {
            keeper.pollNow();
            Thread.sleep(SHORT_GAPS.gapTimeout().toMillis() + 100);
            while (!keeper.pollNow().caughtUp()) {
                Thread.sleep(10);
            }
            assertThat(keeper.skipped()).isEqualTo(1);
        }
        feed.commit(slow, "late", "遅れて書き込まれた温室効果ガスの報告");
    }

    private IndexKeeper keeper() {
        return new IndexKeeper(dir, TestAnalysis.ANALYZERS, List.of(feed), feed::counter, SHORT_GAPS);
    }

    /** Start-up touches neither the synonyms nor queries: the store behind the synonyms is never asked. */
    private static SearchEngine engine(IndexKeeper keeper) {
        var synonyms = new SynonymStore(null, new ByteArrayInputStream(new byte[0]));
        return new SearchEngine(keeper, new QueryBuilder(TestAnalysis.ANALYZERS), TestAnalysis.ANALYZERS, synonyms);
    }

    private static String key(String id) {
        return Items.publicDocument(id, 1, id, "").key();
    }
}
