package org.taiwa.offset.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address for the public estimate: {@code perMinute} requests at once, refilled evenly
 * over a minute. The buckets live in a map in least-recently-used order that holds at most {@code maxAddresses}:
 * a flood of addresses evicts the idlest, so memory stays bounded (an evicted address starts with a full bucket,
 * which is the most it could have had after idling anyway). Per node: behind a load balancer with N nodes an
 * address gets up to N times the limit.
 */
final class EstimateRateLimiter {

    static final int MAX_ADDRESSES = 10_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets;

    EstimateRateLimiter(int perMinute, int maxAddresses, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxAddresses;
            }
        };
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /**
     * Takes one request from the address's bucket.
     *
     * @return 0 if the request may go ahead, otherwise the whole seconds until it may (for Retry-After)
     */
    synchronized long acquire(String address) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(perMinute, now));
        double refill = (double) (now - bucket.at) * perMinute / NANOS_PER_MINUTE;
        bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, refill));
        bucket.at = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return 0;
        }
        double nanosToNext = (1 - bucket.tokens) * NANOS_PER_MINUTE / perMinute;
        return Math.max(1, (long) Math.ceil(nanosToNext / 1_000_000_000d));
    }

    /** Addresses tracked now (for tests: never above the bound). */
    synchronized int size() {
        return buckets.size();
    }
}
