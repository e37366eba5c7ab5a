package org.taiwa.purchase;

import java.util.Objects;

/** What one municipality receives, with the reason shown in the secretariat's table. */
public record Allocation(String municipality, long requested, long allocated, Reason reason) {

    /** Why a municipality received what it did. */
    public enum Reason {
        /** Everything asked for. */
        IN_FULL,
        /** Its proportional share, rounded down. */
        PRO_RATA_SHARE,
        /** Its proportional share rounded down, plus one tonne of the rounding remainder. */
        PRO_RATA_SHARE_AND_REMAINDER,
        /** Nothing: the request did not fit in what was left when its turn came. */
        NOT_ENOUGH_LEFT
    }

    public Allocation {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(reason, "reason");
        if (allocated < 0 || allocated > requested) {
            throw new IllegalArgumentException("an allocation lies between 0 and the request: " + municipality);
        }
    }
}
