package org.taiwa.offset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Travel when the organiser knows only how participants come, in per cent per mode, and an average round
 * trip: persons per mode are the participants times the share, in whole persons by the largest remainder
 * (Hamilton's method), so that shares adding up to 100 % always give exactly the participants.
 */
public final class TravelShares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TravelShares() {
    }

    public static List<TravelLeg> legs(int participants, Map<TravelMode, BigDecimal> percentByMode,
                                       BigDecimal averageRoundTripKm) {
        var modes = new ArrayList<TravelMode>();
        var exact = new ArrayList<BigDecimal>();
        for (TravelMode mode : TravelMode.values()) {
            BigDecimal percent = percentByMode.get(mode);
            if (percent != null && percent.signum() > 0) {
                modes.add(mode);
                exact.add(BigDecimal.valueOf(participants).multiply(percent).divide(HUNDRED, 6, RoundingMode.HALF_UP));
            }
        }
        int[] persons = new int[modes.size()];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < persons.length; i++) {
            persons[i] = exact.get(i).setScale(0, RoundingMode.FLOOR).intValueExact();
            sum = sum.add(exact.get(i));
        }
        int left = sum.setScale(0, RoundingMode.HALF_UP).intValueExact() - java.util.Arrays.stream(persons).sum();
        // the largest remainders get one more person each; equal remainders in the order of the modes
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < persons.length; i++) {
            byRemainder.add(i);
        }
        byRemainder.sort((a, b) -> remainder(exact.get(b)).compareTo(remainder(exact.get(a))));
        for (int i = 0; i < left && i < byRemainder.size(); i++) {
            persons[byRemainder.get(i)]++;
        }
        var legs = new ArrayList<TravelLeg>();
        for (int i = 0; i < persons.length; i++) {
            legs.add(new TravelLeg(modes.get(i), persons[i], averageRoundTripKm));
        }
        return legs;
    }

    private static BigDecimal remainder(BigDecimal value) {
        return value.subtract(value.setScale(0, RoundingMode.FLOOR));
    }

    /** True when the shares add up to 100 %, as they must. */
    public static boolean complete(Map<TravelMode, BigDecimal> percentByMode) {
        return percentByMode.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) == 0;
    }
}
