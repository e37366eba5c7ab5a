package org.taiwa.purchase;

import java.util.Objects;

/**
 * What one municipality asked for, and when: {@code sequence} is the order in which sign-ups arrived
 * (first-come order and the tie-break of the other rules).
 */
public record AllocationRequest(String municipality, long tonnes, long sequence) {

    public AllocationRequest {
        Objects.requireNonNull(municipality, "municipality");
        if (tonnes < 0) {
            throw new IllegalArgumentException("a request cannot be negative: " + municipality);
        }
    }
}
