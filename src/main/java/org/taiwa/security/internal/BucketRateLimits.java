package org.taiwa.security.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.taiwa.security.CurrentMember;
import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.TooManyRequestsException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * {@link RateLimits} with Bucket4j token buckets (refilled evenly, "greedy") kept per key in a Caffeine cache per
 * limit. A key idle for a whole period has a full bucket again, so forgetting it then (expire after access) loses
 * nothing; the size bound makes a flood of new keys forget the idlest instead of growing without end.
 */
class BucketRateLimits implements RateLimits {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Map<RateLimit, Cache<String, Bucket>> buckets = new EnumMap<>(RateLimit.class);
    private final RateLimitProperties properties;
    private final CurrentMember currentMember;
    private final TimeMeter clock;

    BucketRateLimits(RateLimitProperties properties, CurrentMember currentMember, TimeMeter clock, Ticker ticker) {
        this.properties = properties;
        this.currentMember = currentMember;
        this.clock = clock;
        for (RateLimit limit : RateLimit.values()) {
            buckets.put(limit, Caffeine.newBuilder().maximumSize(properties.maxKeys())
                    .expireAfterAccess(properties.of(limit).per()).ticker(ticker).build());
        }
    }

    /** On the system's clock. */
    BucketRateLimits(RateLimitProperties properties, CurrentMember currentMember) {
        this(properties, currentMember, TimeMeter.SYSTEM_NANOTIME, Ticker.systemTicker());
    }

    @Override
    public void take(RateLimit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(limit, seconds(probe.getNanosToWaitForRefill()));
        }
    }

    @Override
    public void takeForCurrentMember(RateLimit limit) {
        currentMember.get().map(SignedInMember::username).ifPresent(username -> take(limit, username));
    }

    @Override
    public long secondsUntilAvailable(RateLimit limit, String key) {
        Bucket bucket = buckets.get(limit).getIfPresent(key);
        if (bucket == null || bucket.getAvailableTokens() >= 1) {
            return 0;
        }
        return seconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Takes one without refusing: a failure that has already happened still counts. */
    void count(RateLimit limit, String key) {
        bucket(limit, key).tryConsume(1);
    }

    /** Keys one limit tracks now (for tests: never above the bound). */
    long size(RateLimit limit) {
        Cache<String, Bucket> cache = buckets.get(limit);
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private Bucket bucket(RateLimit limit, String key) {
        RateLimitProperties.Limit configured = properties.of(limit);
        return buckets.get(limit).get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(configured.requests())
                        .refillGreedy(configured.requests(), configured.per()).build())
                .withCustomTimePrecision(clock).build());
    }

    private static long seconds(long nanos) {
        return Math.max(1, Duration.ofNanos(nanos + NANOS_PER_SECOND - 1).toSeconds());
    }
}
