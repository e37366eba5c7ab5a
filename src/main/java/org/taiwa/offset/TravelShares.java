package org.taiwa.offset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Travel when the organiser knows only how participants come, in per cent per mode, and an average round
 * trip: persons per mode are the participants times the share, rounded to whole persons.
 */
public final class TravelShares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TravelShares() {
    }

    public static List<TravelLeg> legs(int participants, Map<TravelMode, BigDecimal> percentByMode,
                                       BigDecimal averageRoundTripKm) {
        var legs = new ArrayList<TravelLeg>();
        for (TravelMode mode : TravelMode.values()) {
            BigDecimal percent = percentByMode.get(mode);
            if (percent == null || percent.signum() <= 0) {
                continue;
            }
            int persons = BigDecimal.valueOf(participants).multiply(percent)
                    .divide(HUNDRED, 0, RoundingMode.HALF_UP).intValueExact();
            legs.add(new TravelLeg(mode, persons, averageRoundTripKm));
        }
        return legs;
    }

    /** True when the shares add up to 100 %, as they must. */
    public static boolean complete(Map<TravelMode, BigDecimal> percentByMode) {
        return percentByMode.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) == 0;
    }
}
