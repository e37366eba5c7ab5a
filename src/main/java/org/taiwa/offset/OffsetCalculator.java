package org.taiwa.offset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Emissions of an event: each activity times its factor from one {@link FactorSet}, as the Ministry of the
 * Environment's guidance for offsetting meetings and events computes them. Pure arithmetic on
 * {@link BigDecimal}; no state, no Spring.
 */
public final class OffsetCalculator {

    /** The electricity factor used when the organiser does not know the venue's supplier. */
    public static final String DEFAULT_ELECTRICITY = "grid_default";
    public static final String CITY_GAS = "city_gas";
    public static final String LPG = "lpg_kg";
    public static final String KEROSENE = "kerosene_l";
    public static final String HOTEL_NIGHT = "hotel_night";
    public static final String MEAL = "meal";
    public static final String PAPER_SHEET = "a4_sheet";
    public static final String WASTE = "waste_kg";

    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    private OffsetCalculator() {
    }

    /** The estimate of valid inputs (see {@link InputLimits}); activities of zero quantity are left out. */
    public static Estimate estimate(EventInputs in, FactorSet set) {
        var categories = new ArrayList<Estimate.CategoryEstimate>();
        add(categories, set, Category.ELECTRICITY, List.of(
                new Activity(in.electricityItem(), in.electricityKwh())));
        add(categories, set, Category.CITY_GAS, List.of(new Activity(CITY_GAS, in.cityGasM3())));
        add(categories, set, Category.FUEL, List.of(new Activity(LPG, in.lpgKg()),
                new Activity(KEROSENE, in.keroseneLitres())));
        add(categories, set, Category.TRAVEL, in.travel().stream()
                .map(leg -> new Activity(leg.mode().code(), leg.passengerKm())).toList());
        add(categories, set, Category.ACCOMMODATION, List.of(
                new Activity(HOTEL_NIGHT, BigDecimal.valueOf(in.accommodationNights()))));
        add(categories, set, Category.CATERING, List.of(new Activity(MEAL, BigDecimal.valueOf(in.meals()))));
        add(categories, set, Category.PAPER, List.of(
                new Activity(PAPER_SHEET, BigDecimal.valueOf(in.paperSheets()))));
        add(categories, set, Category.WASTE, List.of(new Activity(WASTE, in.wasteKg())));
        BigDecimal total = categories.stream().map(Estimate.CategoryEstimate::kgCo2)
                .reduce(BigDecimal.ZERO.setScale(3), BigDecimal::add);
        BigDecimal tonnes = total.divide(KG_PER_TONNE, 6, RoundingMode.UNNECESSARY);
        long credits = tonnes.setScale(0, RoundingMode.CEILING).longValueExact();
        return new Estimate(total, tonnes, credits,
                new Estimate.FactorSetRef(set.id(), set.name(), set.fiscalYear()), categories);
    }

    private record Activity(String item, BigDecimal quantity) {
    }

    private static void add(List<Estimate.CategoryEstimate> categories, FactorSet set, Category category,
                            List<Activity> activities) {
        var lines = new ArrayList<Estimate.Line>();
        for (Activity activity : activities) {
            if (activity.quantity().signum() == 0) {
                continue;
            }
            Factor factor = set.factor(category, activity.item())
                    .orElseThrow(() -> new MissingFactorException(category, activity.item(), set.name()));
            BigDecimal kg = activity.quantity().multiply(factor.value()).setScale(3, RoundingMode.HALF_UP);
            lines.add(new Estimate.Line(activity.item(), activity.quantity(), factor.unit(), factor, kg));
        }
        if (!lines.isEmpty()) {
            BigDecimal sum = lines.stream().map(Estimate.Line::kgCo2).reduce(BigDecimal.ZERO.setScale(3),
                    BigDecimal::add);
            categories.add(new Estimate.CategoryEstimate(category, sum, lines));
        }
    }
}
