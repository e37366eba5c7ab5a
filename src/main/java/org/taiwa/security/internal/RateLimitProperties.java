package org.taiwa.security.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.taiwa.security.RateLimit;

/**
 * The rate limits ({@code taiwa.security.rate-limits.*}): for each {@link RateLimit} by its key, e.g.
 * {@code taiwa.security.rate-limits.limits.posting.requests=30} and {@code ...posting.per=1m}; limits not
 * configured keep their defaults ({@link #DEFAULTS}).
 *
 * @param maxKeys the most keys (members or addresses) one limit tracks; past it the idlest are forgotten
 * @param limits  the configured limits by name
 */
@ConfigurationProperties("taiwa.security.rate-limits")
record RateLimitProperties(@DefaultValue("100000") int maxKeys, Map<RateLimit, Limit> limits) {

    /**
     * Generous enough for the test suite and a 500-member load test with 5–10 s think time from one address (see
     * docs/security.md); tight enough to stop a script.
     */
    static final Map<RateLimit, Limit> DEFAULTS = Map.of(
            RateLimit.SIGN_IN_ACCOUNT, new Limit(10, Duration.ofMinutes(5)),
            RateLimit.SIGN_IN_ADDRESS, new Limit(120, Duration.ofMinutes(1)),
            RateLimit.API_ADDRESS, new Limit(12_000, Duration.ofMinutes(1)),
            RateLimit.API_MEMBER, new Limit(600, Duration.ofMinutes(1)),
            RateLimit.POSTING, new Limit(60, Duration.ofMinutes(1)),
            RateLimit.UPLOAD, new Limit(60, Duration.ofMinutes(1)),
            RateLimit.SIGN_UP, new Limit(60, Duration.ofMinutes(1)),
            RateLimit.ESTIMATE, new Limit(60, Duration.ofMinutes(1)));

    RateLimitProperties {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("taiwa.security.rate-limits.max-keys must be at least 1");
        }
        var all = new EnumMap<RateLimit, Limit>(DEFAULTS);
        if (limits != null) {
            limits.forEach((limit, configured) -> all.put(limit, configured.orDefaults(DEFAULTS.get(limit))));
        }
        limits = Map.copyOf(all);
    }

    Limit of(RateLimit limit) {
        return limits.get(limit);
    }

    /**
     * One limit: {@code requests} at once, refilled evenly over {@code per}.
     *
     * @param requests the bucket's size; 0 in the configuration keeps the default
     * @param per      the time in which an empty bucket fills again; unset keeps the default
     */
    record Limit(int requests, Duration per) {

        Limit {
            if (requests < 0) {
                throw new IllegalArgumentException("a rate limit's requests must not be negative");
            }
            if (per != null && (per.isNegative() || per.isZero())) {
                throw new IllegalArgumentException("a rate limit's period must be positive");
            }
        }

        Limit orDefaults(Limit defaults) {
            return new Limit(requests > 0 ? requests : defaults.requests(), per != null ? per : defaults.per());
        }
    }
}
