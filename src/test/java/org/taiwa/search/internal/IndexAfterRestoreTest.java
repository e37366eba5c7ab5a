package org.taiwa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a restore the database is not the one the index was built from: the index notices and rebuilds. */
class IndexAfterRestoreTest {

    private static final IndexKeeper.Settings SETTINGS = new IndexKeeper.Settings(Duration.ofMillis(50),
            Duration.ofSeconds(30), 7, 20);

    @TempDir
    Path dir;

    private final AtomicReference<FakeFeed> feed = new AtomicReference<>(new FakeFeed());
    private final AtomicReference<String> database = new AtomicReference<>("database-before");

    private IndexKeeper keeper() {
        ChangeFeed current = (position, limit) -> feed.get().after(position, limit);
        return new IndexKeeper(dir, TestAnalysis.ANALYZERS, List.of(current), () -> feed.get().counter(),
                database::get, SETTINGS);
    }

    private static Map<String, Long> contents(IndexKeeper keeper) throws IOException {
        return keeper.index().contents();
    }

    @Test
    void an_index_of_another_database_is_rebuilt_from_the_restored_one() throws Exception {
        for (int i = 0; i < 40; i++) {
            feed.get().write("before" + i, "復元前" + i);
        }
        try (IndexKeeper keeper = keeper()) {
            keeper.pollNow();
            assertThat(keeper.index().database()).isEqualTo("database-before");
        }
        // a restore of an older backup: other records, more changes than the index has seen, and a new identity
        var restored = new FakeFeed();
        for (int i = 0; i < 60; i++) {
            restored.write("restored" + i, "復元後" + i);
        }
        feed.set(restored);
        database.set("database-restored");
        try (IndexKeeper keeper = keeper()) {
            keeper.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> contents(keeper).equals(restored.expected()));
            assertThat(keeper.index().database()).isEqualTo("database-restored");
        }
    }

    @Test
    void an_index_ahead_of_the_change_counter_is_rebuilt() throws Exception {
        database.set(null);
        for (int i = 0; i < 30; i++) {
            feed.get().write("d" + i, "文書" + i);
        }
        try (IndexKeeper keeper = keeper()) {
            keeper.pollNow();
        }
        var earlier = new FakeFeed();
        for (int i = 0; i < 10; i++) {
            earlier.write("d" + i, "以前" + i);
        }
        feed.set(earlier);
        try (IndexKeeper keeper = keeper()) {
            keeper.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> contents(keeper).equals(earlier.expected()));
            assertThat(keeper.index().position()).isEqualTo(10);
        }
    }

    @Test
    void the_lag_counts_changes_the_last_poll_saw_but_could_not_apply() throws Exception {
        try (IndexKeeper keeper = keeper()) {
            keeper.pollNow();
            assertThat(keeper.lag().changes()).isZero();
            // two writers took their positions and have not committed yet
            long first = feed.get().reserve();
            long second = feed.get().reserve();
            keeper.pollNow();
            assertThat(keeper.lag().changes()).isEqualTo(2);
            feed.get().commit(first, "first", "一番目");
            feed.get().commit(second, "second", "二番目");
            keeper.pollNow();
            assertThat(keeper.lag()).isEqualTo(new IndexKeeper.Lag(0, Duration.ZERO));
        }
    }
}
