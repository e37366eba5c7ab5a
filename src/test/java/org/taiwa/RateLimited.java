package org.taiwa;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.TooManyRequestsException;

/**
 * A member made up for one test, whose bucket of a rate limit the test empties: the shared application's limits
 * stay as configured, and no other test's member or address is held up.
 */
public final class RateLimited {

    /** Far more than any configured limit: a bucket that never empties is a failure, not a long loop. */
    private static final int MOST_REQUESTS = 100_000;

    private RateLimited() {
    }

    /** A new member of the municipality (a Japanese name, or null for none), with the member role only. */
    public static SignedInMember member(String prefix, String municipality) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        return new SignedInMember(username, "制限 テスト", username + "@demo.taiwa.example",
                Optional.ofNullable(municipality), Set.of(Role.MEMBER));
    }

    /**
     * Takes from the key's bucket until it refuses. Do it just before the refused action: the bucket fills again
     * over the limit's period (one request a second with 60 a minute).
     */
    public static void drain(RateLimits limits, RateLimit limit, String key) {
        for (int i = 0; i < MOST_REQUESTS; i++) {
            try {
                limits.take(limit, key);
            } catch (TooManyRequestsException empty) {
                return;
            }
        }
        throw new AssertionError(limit.key() + " never refused " + key);
    }
}
