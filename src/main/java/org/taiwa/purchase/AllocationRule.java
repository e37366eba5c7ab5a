package org.taiwa.purchase;

import java.util.Arrays;
import java.util.Optional;

/** How a campaign's tonnes are shared when it closes; the codes are the API's. */
public enum AllocationRule {
    /** In the order of sign-up, whole requests while they fit; the rest wait (a waitlist). */
    FIRST_COME("first_come"),
    /** In proportion to the requests, whole tonnes; the remainder by the largest fractions (see {@link Allocator}). */
    PRO_RATA("pro_rata"),
    /** In an order drawn from a seed published before the campaign opens, whole requests while they fit. */
    LOTTERY("lottery");

    private final String code;

    AllocationRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AllocationRule> parse(String code) {
        return Arrays.stream(values()).filter(rule -> rule.code.equals(code)).findFirst();
    }
}
