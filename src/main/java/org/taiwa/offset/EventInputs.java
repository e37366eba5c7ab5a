package org.taiwa.offset;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an organiser knows about an event, structured as the Ministry of the Environment's guidance for
 * offsetting meetings and events does: venue energy, travel, accommodation, meals, paper and waste.
 * Quantities left out are zero. {@code electricityItem} chooses the electricity factor (a supplier's or the
 * national default, {@link OffsetCalculator#DEFAULT_ELECTRICITY}). Ranges are checked by
 * {@link InputLimits#problems}, not here, so that every problem of a form can be reported at once.
 */
public record EventInputs(int participants, int days, BigDecimal electricityKwh, String electricityItem,
                          BigDecimal cityGasM3, BigDecimal lpgKg, BigDecimal keroseneLitres,
                          List<TravelLeg> travel, int accommodationNights, int meals, int paperSheets,
                          BigDecimal wasteKg) {

    public EventInputs {
        electricityKwh = orZero(electricityKwh);
        electricityItem = electricityItem == null || electricityItem.isBlank()
                ? OffsetCalculator.DEFAULT_ELECTRICITY : electricityItem;
        cityGasM3 = orZero(cityGasM3);
        lpgKg = orZero(lpgKg);
        keroseneLitres = orZero(keroseneLitres);
        travel = travel == null ? List.of() : List.copyOf(travel);
        wasteKg = orZero(wasteKg);
    }

    /** Only participants and days: the rest is added with the {@code with…} methods or the full constructor. */
    public static EventInputs of(int participants, int days) {
        return new EventInputs(participants, days, null, null, null, null, null, List.of(), 0, 0, 0, null);
    }

    public EventInputs withTravel(List<TravelLeg> legs) {
        return new EventInputs(participants, days, electricityKwh, electricityItem, cityGasM3, lpgKg, keroseneLitres,
                legs, accommodationNights, meals, paperSheets, wasteKg);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
