package org.taiwa.offset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every estimate over generated events (jqwik). Quantities are whole or one-decimal numbers and
 * the test set's factors have at most three decimals, so products are exact to the gram and doubling is exact.
 */
class OffsetCalculatorPropertiesTest {

    private static final FactorSet SET = TestFactors.set();

    @Provide
    Arbitrary<EventInputs> events() {
        Arbitrary<TravelLeg> leg = Combinators.combine(Arbitraries.of(TravelMode.class),
                Arbitraries.integers().between(0, 5_000), Arbitraries.integers().between(0, 3_000))
                .as((mode, persons, km) -> new TravelLeg(mode, persons, BigDecimal.valueOf(km)));
        Arbitrary<BigDecimal> amount = Arbitraries.integers().between(0, 1_000_000).map(BigDecimal::valueOf);
        return Combinators.combine(Arbitraries.integers().between(1, 10_000), amount, amount,
                        leg.list().ofMaxSize(6), Arbitraries.integers().between(0, 20_000),
                        Arbitraries.integers().between(0, 20_000), Arbitraries.integers().between(0, 1_000_000),
                        amount)
                .as((participants, kwh, gas, legs, nights, meals, sheets, waste) -> new EventInputs(participants, 1,
                        kwh, null, gas, null, null, legs, nights, meals, sheets, waste));
    }

    @Property(tries = 300)
    void nothing_is_negative(@ForAll("events") EventInputs event) {
        Estimate estimate = OffsetCalculator.estimate(event, SET);
        assertThat(estimate.totalKgCo2()).isNotNegative();
        estimate.categories().forEach(category -> {
            assertThat(category.kgCo2()).isNotNegative();
            category.lines().forEach(line -> assertThat(line.kgCo2()).isNotNegative());
        });
    }

    @Property(tries = 300)
    void lines_add_up_to_their_category_and_categories_to_the_total(@ForAll("events") EventInputs event) {
        Estimate estimate = OffsetCalculator.estimate(event, SET);
        BigDecimal total = BigDecimal.ZERO;
        for (Estimate.CategoryEstimate category : estimate.categories()) {
            BigDecimal lines = category.lines().stream().map(Estimate.Line::kgCo2)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(lines).isEqualByComparingTo(category.kgCo2());
            total = total.add(category.kgCo2());
        }
        assertThat(total).isEqualByComparingTo(estimate.totalKgCo2());
        assertThat(estimate.totalTonnes().multiply(BigDecimal.valueOf(1000))).isEqualByComparingTo(total);
    }

    @Property(tries = 300)
    void doubling_the_travellers_doubles_travel_emissions(@ForAll("events") EventInputs event) {
        List<TravelLeg> doubled = event.travel().stream()
                .map(leg -> new TravelLeg(leg.mode(), leg.persons() * 2, leg.roundTripKm())).toList();
        BigDecimal once = travel(OffsetCalculator.estimate(event, SET));
        BigDecimal twice = travel(OffsetCalculator.estimate(event.withTravel(doubled), SET));
        assertThat(twice).isEqualByComparingTo(once.multiply(BigDecimal.TWO));
    }

    @Property(tries = 300)
    void credits_are_the_tonnes_rounded_up(@ForAll("events") EventInputs event) {
        Estimate estimate = OffsetCalculator.estimate(event, SET);
        assertThat(estimate.creditsNeeded())
                .isEqualTo(estimate.totalTonnes().setScale(0, RoundingMode.CEILING).longValueExact());
        assertThat(BigDecimal.valueOf(estimate.creditsNeeded())).isGreaterThanOrEqualTo(estimate.totalTonnes());
        assertThat(BigDecimal.valueOf(estimate.creditsNeeded()).subtract(estimate.totalTonnes()))
                .isLessThan(BigDecimal.ONE);
    }

    private static BigDecimal travel(Estimate estimate) {
        return estimate.categories().stream().filter(c -> c.category() == Category.TRAVEL)
                .map(Estimate.CategoryEstimate::kgCo2).findFirst().orElse(BigDecimal.ZERO);
    }
}
