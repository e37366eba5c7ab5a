package org.taiwa.security;

/**
 * Rate limits shared by all modules: one token bucket per limit and key, in this node's memory (behind a load
 * balancer with N nodes a key gets up to N times a limit; sticky sessions keep a member on one node). Memory is
 * bounded: each limit keeps at most {@code taiwa.security.rate-limits.max-keys} keys, idle ones first to go.
 */
public interface RateLimits {

    /**
     * Takes one request from the key's bucket.
     *
     * @throws TooManyRequestsException when the bucket is empty (429 on the API, a translated message in the UI)
     */
    void take(RateLimit limit, String key);

    /**
     * Takes one request from the signed-in member's bucket; an anonymous caller is not counted here (the
     * security configuration has already refused it where a member is needed).
     *
     * @throws TooManyRequestsException when the bucket is empty
     */
    void takeForCurrentMember(RateLimit limit);

    /**
     * Whether the key's bucket has a request left, without taking it: for limits that count failures only (a
     * sign-in is let through while its account has failures left, and a failure takes one).
     *
     * @return 0 when there is, otherwise the whole seconds until there will be
     */
    long secondsUntilAvailable(RateLimit limit, String key);
}
