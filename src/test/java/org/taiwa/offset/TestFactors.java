package org.taiwa.offset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A factor set of round values, so that the tests' arithmetic can be done by hand. */
final class TestFactors {

    private TestFactors() {
    }

    static FactorSet set() {
        var factors = new ArrayList<Factor>();
        add(factors, Category.ELECTRICITY, "grid_default", "0.5", "kWh");
        add(factors, Category.ELECTRICITY, "supplier_a", "0.4", "kWh");
        add(factors, Category.CITY_GAS, "city_gas", "2.0", "m3");
        add(factors, Category.FUEL, "lpg_kg", "3.0", "kg");
        add(factors, Category.FUEL, "kerosene_l", "2.5", "L");
        add(factors, Category.TRAVEL, "rail", "0.02", "passenger-km");
        add(factors, Category.TRAVEL, "subway", "0.015", "passenger-km");
        add(factors, Category.TRAVEL, "bus", "0.05", "passenger-km");
        add(factors, Category.TRAVEL, "car", "0.15", "passenger-km");
        add(factors, Category.TRAVEL, "taxi", "0.3", "passenger-km");
        add(factors, Category.TRAVEL, "air", "0.1", "passenger-km");
        add(factors, Category.TRAVEL, "walk_bicycle", "0", "passenger-km");
        add(factors, Category.ACCOMMODATION, "hotel_night", "30", "person-night");
        add(factors, Category.CATERING, "meal", "2.0", "meal");
        add(factors, Category.PAPER, "a4_sheet", "0.006", "sheet");
        add(factors, Category.WASTE, "waste_kg", "0.5", "kg");
        return new FactorSet("test-set", "試験用係数", 2024, FactorSetStatus.ACTIVE, factors);
    }

    private static void add(List<Factor> factors, Category category, String item, String value, String unit) {
        factors.add(new Factor(category, item, new BigDecimal(value), unit,
                new Provenance("試験", "手計算用の係数", "2024", "", ""), false));
    }
}
