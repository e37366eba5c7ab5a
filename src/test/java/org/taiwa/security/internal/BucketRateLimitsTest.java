package org.taiwa.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.RateLimit;
import org.taiwa.security.TooManyRequestsException;

import io.github.bucket4j.TimeMeter;

class BucketRateLimitsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private BucketRateLimits limits(int requests, Duration per, int maxKeys) {
        var properties = new RateLimitProperties(maxKeys,
                Map.of(RateLimit.POSTING, new RateLimitProperties.Limit(requests, per)));
        TimeMeter meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos.get();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        return new BucketRateLimits(properties, new CurrentMember(), meter, nanos::get);
    }

    @Test
    void a_key_gets_its_limit_at_once_and_then_a_429_with_the_seconds_to_wait() {
        var limits = limits(3, Duration.ofMinutes(1), 100);
        for (int i = 0; i < 3; i++) {
            limits.take(RateLimit.POSTING, "staff.minato");
        }
        var refused = catchThrowableOfType(TooManyRequestsException.class,
                () -> limits.take(RateLimit.POSTING, "staff.minato"));
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        // one of three a minute comes back after 20 s
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("20");
        assertThat(refused.getCodes()).containsExactly("error.rate-limited");
        assertThat(refused.getBody().getDetail()).doesNotContain("staff.minato");
    }

    @Test
    void keys_have_their_own_buckets() {
        var limits = limits(1, Duration.ofMinutes(1), 100);
        limits.take(RateLimit.POSTING, "staff.minato");
        limits.take(RateLimit.POSTING, "staff.shinjuku");
        assertThatThrownBy(() -> limits.take(RateLimit.POSTING, "staff.minato"))
                .isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void the_bucket_refills_evenly_over_the_period() {
        var limits = limits(2, Duration.ofMinutes(1), 100);
        limits.take(RateLimit.POSTING, "a");
        limits.take(RateLimit.POSTING, "a");
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(29));
        assertThatThrownBy(() -> limits.take(RateLimit.POSTING, "a")).isInstanceOf(TooManyRequestsException.class);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
        limits.take(RateLimit.POSTING, "a");
    }

    @Test
    void counting_failures_blocks_the_key_only_once_its_bucket_is_empty() {
        var limits = limits(2, Duration.ofMinutes(1), 100);
        assertThat(limits.secondsUntilAvailable(RateLimit.POSTING, "nobody")).isZero();
        limits.count(RateLimit.POSTING, "nobody");
        assertThat(limits.secondsUntilAvailable(RateLimit.POSTING, "nobody")).isZero();
        limits.count(RateLimit.POSTING, "nobody");
        limits.count(RateLimit.POSTING, "nobody");
        assertThat(limits.secondsUntilAvailable(RateLimit.POSTING, "nobody")).isEqualTo(30);
    }

    @Test
    void a_flood_of_keys_never_holds_more_than_the_bound() {
        var limits = limits(1, Duration.ofMinutes(1), 50);
        for (int i = 0; i < 5_000; i++) {
            limits.take(RateLimit.POSTING, "address-" + i);
        }
        assertThat(limits.size(RateLimit.POSTING)).isLessThanOrEqualTo(50);
    }

    @Test
    void unconfigured_limits_keep_their_defaults_and_zero_keeps_the_default_size() {
        var properties = new RateLimitProperties(10,
                Map.of(RateLimit.UPLOAD, new RateLimitProperties.Limit(0, Duration.ofHours(1))));
        assertThat(properties.of(RateLimit.UPLOAD)).isEqualTo(new RateLimitProperties.Limit(60, Duration.ofHours(1)));
        assertThat(properties.of(RateLimit.API_MEMBER)).isEqualTo(RateLimitProperties.DEFAULTS.get(RateLimit.API_MEMBER));
    }

    @Test
    void an_anonymous_caller_is_not_counted_per_member() {
        var limits = limits(1, Duration.ofMinutes(1), 100);
        limits.takeForCurrentMember(RateLimit.POSTING);
        limits.takeForCurrentMember(RateLimit.POSTING);
        assertThat(limits.size(RateLimit.POSTING)).isZero();
    }
}
