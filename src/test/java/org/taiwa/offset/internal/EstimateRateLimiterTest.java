package org.taiwa.offset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class EstimateRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(0);

    @Test
    void an_address_gets_its_limit_at_once_then_one_request_per_share_of_a_minute() {
        var limiter = new EstimateRateLimiter(60, 100, now::get);
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("10.0.0.1")).isZero();
        }
        // empty: the next token comes after 60 s / 60 = 1 s
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
        now.addAndGet(SECOND);
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
    }

    @Test
    void retry_after_is_the_whole_seconds_until_the_next_token() {
        var limiter = new EstimateRateLimiter(2, 100, now::get);
        limiter.acquire("a");
        limiter.acquire("a");
        // 2 a minute: one every 30 s
        assertThat(limiter.acquire("a")).isEqualTo(30);
        now.addAndGet(10 * SECOND);
        assertThat(limiter.acquire("a")).isEqualTo(20);
    }

    @Test
    void addresses_are_limited_separately() {
        var limiter = new EstimateRateLimiter(1, 100, now::get);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
        assertThat(limiter.acquire("b")).isZero();
    }

    @Test
    void the_map_of_addresses_stays_bounded_evicting_the_idlest() {
        var limiter = new EstimateRateLimiter(1, 3, now::get);
        limiter.acquire("a");
        limiter.acquire("b");
        limiter.acquire("c");
        limiter.acquire("a");
        for (int i = 0; i < 1000; i++) {
            limiter.acquire("flood-" + i);
        }
        assertThat(limiter.size()).isEqualTo(3);
    }
}
