package org.taiwa.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class EventPositionsTest {

    private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);

    @Test
    void an_event_is_read_once_however_often_it_is_scanned() {
        var positions = new EventPositions(0, GAP_TIMEOUT);
        assertThat(positions.upToDate(T0, 2)).isFalse();
        assertThat(positions.markSeen(1)).isTrue();
        assertThat(positions.markSeen(2)).isTrue();
        assertThat(positions.advance(T0)).isEqualTo(2);
        assertThat(positions.markSeen(2)).isFalse();
        assertThat(positions.upToDate(T0, 2)).isTrue();
    }

    @Test
    void a_lower_position_committed_late_is_still_delivered() {
        var positions = new EventPositions(0, GAP_TIMEOUT);
        positions.upToDate(T0, 3);
        assertThat(positions.markSeen(1)).isTrue();
        assertThat(positions.markSeen(3)).isTrue();
        assertThat(positions.advance(T0.plusSeconds(1))).as("waits at the gap").isEqualTo(1);
        assertThat(positions.markSeen(3)).as("3 was delivered already").isFalse();
        assertThat(positions.markSeen(2)).as("2 arrives late").isTrue();
        assertThat(positions.advance(T0.plusSeconds(2))).isEqualTo(3);
    }

    @Test
    void a_gap_older_than_the_timeout_is_given_up() {
        var positions = new EventPositions(0, GAP_TIMEOUT);
        positions.upToDate(T0, 3);
        positions.markSeen(1);
        positions.markSeen(3);
        assertThat(positions.advance(T0.plusSeconds(5))).isEqualTo(1);
        positions.upToDate(T0.plusSeconds(11), 3);
        assertThat(positions.advance(T0.plusSeconds(11))).isEqualTo(3);
        assertThat(positions.upToDate(T0.plusSeconds(11), 3)).isTrue();
    }

    @Test
    void a_gap_is_not_given_up_for_a_counter_read_just_now() {
        var positions = new EventPositions(5, GAP_TIMEOUT);
        positions.upToDate(T0, 9);
        assertThat(positions.advance(T0.plusSeconds(9))).isEqualTo(5);
        assertThat(positions.advance(T0.plusSeconds(10))).isEqualTo(9);
    }
}
