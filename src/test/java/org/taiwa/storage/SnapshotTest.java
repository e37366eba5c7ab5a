package org.taiwa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SnapshotTest {

    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void reads_once_while_the_value_is_young() {
        var snapshot = new Snapshot<>(Duration.ofMinutes(1), reads::incrementAndGet);
        assertThat(snapshot.get()).isEqualTo(1);
        assertThat(snapshot.get()).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void reads_anew_once_invalidated() {
        var snapshot = new Snapshot<>(Duration.ofMinutes(1), reads::incrementAndGet);
        snapshot.get();
        snapshot.invalidate();
        assertThat(snapshot.get()).isEqualTo(2);
    }

    @Test
    void reads_anew_once_older_than_its_maximum_age() throws InterruptedException {
        var snapshot = new Snapshot<>(Duration.ofMillis(50), reads::incrementAndGet);
        snapshot.get();
        Thread.sleep(120);
        assertThat(snapshot.get()).isEqualTo(2);
    }

    @Test
    void a_failed_read_is_not_kept() {
        var failing = new AtomicInteger();
        var snapshot = new Snapshot<>(Duration.ofMinutes(1), () -> {
            if (failing.getAndIncrement() == 0) {
                throw new IllegalStateException("database unreachable");
            }
            return "spaces";
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(snapshot::get).isInstanceOf(IllegalStateException.class);
        assertThat(snapshot.get()).isEqualTo("spaces");
    }
}
