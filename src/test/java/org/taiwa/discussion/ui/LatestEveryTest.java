package org.taiwa.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LatestEveryTest {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Integer> handedOn = new CopyOnWriteArrayList<>();
    private final List<Long> at = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private LatestEvery<Integer> every(Duration interval) {
        return new LatestEvery<>(interval, executor, event -> {
            at.add(System.nanoTime());
            handedOn.add(event);
        });
    }

    @Test
    void the_first_event_goes_at_once() {
        var latest = every(Duration.ofMinutes(1));
        long offered = System.nanoTime();
        latest.offer(1);
        await().atMost(Duration.ofSeconds(2)).until(() -> handedOn.size() == 1);
        assertThat(handedOn).containsExactly(1);
        assertThat(Duration.ofNanos(at.getFirst() - offered)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void a_burst_costs_one_more_turn_with_its_latest_event_after_the_interval() throws InterruptedException {
        var latest = every(Duration.ofMillis(300));
        latest.offer(0);
        await().atMost(Duration.ofSeconds(2)).until(() -> handedOn.size() == 1);
        for (int i = 1; i <= 50; i++) {
            latest.offer(i);
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> handedOn.size() == 2);
        assertThat(handedOn).containsExactly(0, 50);
        assertThat(Duration.ofNanos(at.get(1) - at.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(290));
        Thread.sleep(500);
        assertThat(handedOn).hasSize(2);
    }

    @Test
    void an_event_after_a_quiet_interval_goes_at_once_again() throws InterruptedException {
        var latest = every(Duration.ofSeconds(1));
        latest.offer(1);
        await().atMost(Duration.ofSeconds(2)).until(() -> handedOn.size() == 1);
        Thread.sleep(1_100);
        long offered = System.nanoTime();
        latest.offer(2);
        await().atMost(Duration.ofSeconds(2)).until(() -> handedOn.size() == 2);
        assertThat(Duration.ofNanos(at.get(1) - offered)).isLessThan(Duration.ofMillis(500));
    }
}
