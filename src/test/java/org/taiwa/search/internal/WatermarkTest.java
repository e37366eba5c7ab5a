package org.taiwa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class WatermarkTest {

    private static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");
    private final Watermark watermark = new Watermark(0, Duration.ofSeconds(10));

    @Test
    void moves_over_positions_applied_in_a_row() {
        watermark.observe(T0, 3);
        watermark.markSeen(1);
        watermark.markSeen(2);
        watermark.markSeen(3);
        assertThat(watermark.advance(T0)).isEqualTo(3);
        assertThat(watermark.upToDate(3)).isTrue();
    }

    @Test
    void stops_at_a_gap_that_a_slower_writer_may_still_fill() {
        watermark.observe(T0, 3);
        watermark.markSeen(1);
        watermark.markSeen(3);
        assertThat(watermark.advance(T0.plusSeconds(5))).isEqualTo(1);
        // the writer of 2 commits late: it is seen and the watermark moves on over 3 as well
        assertThat(watermark.markSeen(2)).isTrue();
        assertThat(watermark.advance(T0.plusSeconds(6))).isEqualTo(3);
        assertThat(watermark.skipped()).isZero();
    }

    @Test
    void gives_a_gap_up_once_the_counter_passed_it_longer_ago_than_the_timeout() {
        watermark.observe(T0, 3);
        watermark.markSeen(1);
        watermark.markSeen(3);
        assertThat(watermark.advance(T0.plusSeconds(9))).isEqualTo(1);
        assertThat(watermark.advance(T0.plusSeconds(10))).isEqualTo(3);
        assertThat(watermark.skipped()).isEqualTo(1);
    }

    @Test
    void a_gap_the_counter_passed_only_recently_is_waited_for() {
        watermark.observe(T0, 1);
        watermark.markSeen(1);
        watermark.observe(T0.plusSeconds(8), 3);
        watermark.markSeen(3);
        // 2 was handed out after T0: at T0 + 12 it is only 4 s old
        assertThat(watermark.advance(T0.plusSeconds(12))).isEqualTo(1);
        assertThat(watermark.advance(T0.plusSeconds(18))).isEqualTo(3);
    }

    @Test
    void a_gap_above_what_the_scan_under_way_has_read_is_not_given_up() {
        watermark.observe(T0, 5);
        watermark.markSeen(1);
        watermark.markSeen(2);
        // the scan has read up to 2 only: 3 to 5 are unread, not missing
        assertThat(watermark.advance(T0.plusSeconds(60), 2)).isEqualTo(2);
        watermark.markSeen(5);
        assertThat(watermark.advance(T0.plusSeconds(61), 5)).isEqualTo(5);
        assertThat(watermark.skipped()).isEqualTo(2);
    }

    @Test
    void positions_at_or_below_it_or_seen_before_are_not_applied_again() {
        watermark.observe(T0, 2);
        assertThat(watermark.markSeen(1)).isTrue();
        assertThat(watermark.markSeen(1)).isFalse();
        watermark.markSeen(2);
        watermark.advance(T0);
        assertThat(watermark.markSeen(2)).isFalse();
    }
}
