package org.taiwa.offset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OffsetCalculatorTest {

    private static final FactorSet SET = TestFactors.set();

    private static BigDecimal kg(Estimate estimate, Category category) {
        return estimate.categories().stream().filter(c -> c.category() == category).findFirst()
                .map(Estimate.CategoryEstimate::kgCo2).orElse(BigDecimal.ZERO);
    }

    @Test
    void a_lecture_for_residents_adds_up_by_hand() {
        // 100 participants, 1 day
        // electricity 200 kWh × 0.5          = 100.000 kg
        // city gas     10 m³ × 2.0           =  20.000 kg
        // rail  80 persons × 20 km = 1,600 pkm × 0.02 = 32.000 kg
        // car   20 persons × 30 km =   600 pkm × 0.15 = 90.000 kg   → travel 122.000 kg
        // paper 500 sheets × 0.006           =   3.000 kg
        // waste 5 kg × 0.5                   =   2.500 kg
        // total 247.500 kg = 0.2475 t → 1 credit
        var inputs = new EventInputs(100, 1, new BigDecimal("200"), null, new BigDecimal("10"), null, null,
                List.of(new TravelLeg(TravelMode.RAIL, 80, new BigDecimal("20")),
                        new TravelLeg(TravelMode.CAR, 20, new BigDecimal("30"))),
                0, 0, 500, new BigDecimal("5"));
        Estimate estimate = OffsetCalculator.estimate(inputs, SET);
        assertThat(kg(estimate, Category.ELECTRICITY)).isEqualByComparingTo("100");
        assertThat(kg(estimate, Category.CITY_GAS)).isEqualByComparingTo("20");
        assertThat(kg(estimate, Category.TRAVEL)).isEqualByComparingTo("122");
        assertThat(kg(estimate, Category.PAPER)).isEqualByComparingTo("3");
        assertThat(kg(estimate, Category.WASTE)).isEqualByComparingTo("2.5");
        assertThat(estimate.totalKgCo2()).isEqualByComparingTo("247.5");
        assertThat(estimate.totalTonnes()).isEqualByComparingTo("0.2475");
        assertThat(estimate.creditsNeeded()).isEqualTo(1);
        assertThat(estimate.factorSet()).isEqualTo(new Estimate.FactorSetRef("test-set", "試験用係数", 2024));
        assertThat(estimate.categories()).extracting(Estimate.CategoryEstimate::category).containsExactly(
                Category.ELECTRICITY, Category.CITY_GAS, Category.TRAVEL, Category.PAPER, Category.WASTE);
    }

    @Test
    void a_two_day_symposium_with_flights_and_a_chosen_supplier_adds_up_by_hand() {
        // 300 participants, 2 days
        // electricity 1,500 kWh × 0.4 (supplier_a)          =   600 kg
        // air  50 persons × 1,000 km = 50,000 pkm × 0.1      = 5,000 kg
        // rail 250 persons × 60 km   = 15,000 pkm × 0.02     =   300 kg   → travel 5,300 kg
        // hotel 50 nights × 30                               = 1,500 kg
        // meals 600 × 2.0                                    = 1,200 kg
        // total 8,600 kg = 8.6 t → 9 credits; at 8,000 yen per tonne 72,000 yen
        var inputs = new EventInputs(300, 2, new BigDecimal("1500"), "supplier_a", null, null, null,
                List.of(new TravelLeg(TravelMode.AIR, 50, new BigDecimal("1000")),
                        new TravelLeg(TravelMode.RAIL, 250, new BigDecimal("60"))),
                50, 600, 0, null);
        Estimate estimate = OffsetCalculator.estimate(inputs, SET);
        assertThat(kg(estimate, Category.ELECTRICITY)).isEqualByComparingTo("600");
        assertThat(kg(estimate, Category.TRAVEL)).isEqualByComparingTo("5300");
        assertThat(kg(estimate, Category.ACCOMMODATION)).isEqualByComparingTo("1500");
        assertThat(kg(estimate, Category.CATERING)).isEqualByComparingTo("1200");
        assertThat(estimate.totalKgCo2()).isEqualByComparingTo("8600");
        assertThat(estimate.creditsNeeded()).isEqualTo(9);
        assertThat(estimate.cost(new BigDecimal("8000"))).isEqualByComparingTo("72000");
        Estimate.Line air = estimate.categories().get(1).lines().getFirst();
        assertThat(air.item()).isEqualTo("air");
        assertThat(air.quantity()).isEqualByComparingTo("50000");
        assertThat(air.unit()).isEqualTo("passenger-km");
        assertThat(air.factor().value()).isEqualByComparingTo("0.1");
    }

    @Test
    void fuels_are_one_category_with_a_line_each() {
        // LPG 10 kg × 3.0 = 30 kg; kerosene 4 L × 2.5 = 10 kg → fuel 40 kg
        var inputs = new EventInputs(10, 1, null, null, null, new BigDecimal("10"), new BigDecimal("4"), List.of(),
                0, 0, 0, null);
        Estimate estimate = OffsetCalculator.estimate(inputs, SET);
        assertThat(estimate.categories()).singleElement().satisfies(fuel -> {
            assertThat(fuel.category()).isEqualTo(Category.FUEL);
            assertThat(fuel.kgCo2()).isEqualByComparingTo("40");
            assertThat(fuel.lines()).extracting(Estimate.Line::item).containsExactly("lpg_kg", "kerosene_l");
        });
    }

    @Test
    void exactly_one_tonne_is_one_credit_and_a_gram_more_is_two() {
        // 2,000 kWh × 0.5 = 1,000.000 kg = 1 t exactly → 1 credit
        assertThat(OffsetCalculator.estimate(electricity("2000"), SET).creditsNeeded()).isEqualTo(1);
        // 2,000.002 kWh × 0.5 = 1,000.001 kg → 2 credits
        assertThat(OffsetCalculator.estimate(electricity("2000.002"), SET).creditsNeeded()).isEqualTo(2);
    }

    @Test
    void lines_are_rounded_to_the_gram_and_the_sums_are_of_the_rounded_lines() {
        // 0.3333 kWh × 0.5 = 0.16665 → 0.167 kg (half up); the total is that line, not a re-rounded product
        Estimate estimate = OffsetCalculator.estimate(electricity("0.3333"), SET);
        assertThat(estimate.totalKgCo2()).isEqualByComparingTo("0.167");
        assertThat(estimate.totalTonnes()).isEqualByComparingTo("0.000167");
        assertThat(estimate.creditsNeeded()).isEqualTo(1);
    }

    @Test
    void an_event_with_nothing_to_count_emits_nothing_and_needs_no_credit() {
        Estimate estimate = OffsetCalculator.estimate(EventInputs.of(20, 1), SET);
        assertThat(estimate.categories()).isEmpty();
        assertThat(estimate.totalKgCo2()).isEqualByComparingTo("0");
        assertThat(estimate.creditsNeeded()).isZero();
    }

    @Test
    void walking_and_cycling_are_a_line_of_zero() {
        var inputs = EventInputs.of(30, 1).withTravel(List.of(new TravelLeg(TravelMode.WALK_BICYCLE, 30,
                new BigDecimal("4"))));
        Estimate estimate = OffsetCalculator.estimate(inputs, SET);
        assertThat(estimate.categories()).singleElement().satisfies(travel -> {
            assertThat(travel.kgCo2()).isEqualByComparingTo("0");
            assertThat(travel.lines().getFirst().quantity()).isEqualByComparingTo("120");
        });
    }

    @Test
    void an_activity_the_set_has_no_factor_for_is_named() {
        var inputs = new EventInputs(10, 1, new BigDecimal("5"), "unknown_supplier", null, null, null, List.of(),
                0, 0, 0, null);
        assertThatThrownBy(() -> OffsetCalculator.estimate(inputs, SET))
                .isInstanceOf(MissingFactorException.class)
                .hasMessageContaining("electricity/unknown_supplier").hasMessageContaining("試験用係数");
    }

    @Test
    void venue_energy_without_a_meter_is_area_times_hours_times_intensity() {
        // 500 m² × 6 h × 0.1 kWh/m²h = 300.0 kWh
        assertThat(VenueEnergy.kwh(new BigDecimal("500"), new BigDecimal("6"), VenueEnergy.DEFAULT_INTENSITY))
                .isEqualByComparingTo("300.0");
    }

    @Test
    void travel_shares_give_whole_persons_that_add_up_to_the_participants() {
        // 120 × 50 % = 60 rail, 120 × 25 % = 30 bus, 30 car
        assertThat(TravelShares.legs(120, Map.of(TravelMode.RAIL, new BigDecimal("50"), TravelMode.BUS,
                new BigDecimal("25"), TravelMode.CAR, new BigDecimal("25")), new BigDecimal("40")))
                .extracting(TravelLeg::persons).containsExactly(60, 30, 30);
        // 7 × 50 % = 3.5 each: the first mode gets the odd person, not both (which would make 8)
        assertThat(TravelShares.legs(7, Map.of(TravelMode.RAIL, new BigDecimal("50"), TravelMode.BUS,
                new BigDecimal("50")), BigDecimal.TEN)).extracting(TravelLeg::persons).containsExactly(4, 3);
        // 10 × 33.3/33.3/33.4 % = 3.33, 3.33, 3.34 → 3, 3, 4
        assertThat(TravelShares.legs(10, Map.of(TravelMode.RAIL, new BigDecimal("33.3"), TravelMode.SUBWAY,
                new BigDecimal("33.3"), TravelMode.BUS, new BigDecimal("33.4")), BigDecimal.TEN))
                .extracting(TravelLeg::persons).containsExactly(3, 3, 4);
        assertThat(TravelShares.complete(Map.of(TravelMode.RAIL, new BigDecimal("60"), TravelMode.BUS,
                new BigDecimal("30")))).isFalse();
    }

    private static EventInputs electricity(String kwh) {
        return new EventInputs(10, 1, new BigDecimal(kwh), null, null, null, null, List.of(), 0, 0, 0, null);
    }
}
