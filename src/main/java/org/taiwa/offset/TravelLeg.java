package org.taiwa.offset;

import java.math.BigDecimal;
import java.util.Objects;

/** Persons who travel to the event by one mode, each over a round trip of {@code roundTripKm}. */
public record TravelLeg(TravelMode mode, int persons, BigDecimal roundTripKm) {

    public TravelLeg {
        Objects.requireNonNull(mode, "mode");
        roundTripKm = roundTripKm == null ? BigDecimal.ZERO : roundTripKm;
    }

    /** Passenger-kilometres: what the travel factors are per. */
    public BigDecimal passengerKm() {
        return roundTripKm.multiply(BigDecimal.valueOf(persons));
    }
}
