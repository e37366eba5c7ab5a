package org.taiwa.offset;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One emission factor: kg-CO2 per unit of an activity ({@code unit} names the activity's unit, e.g. kWh,
 * passenger-km). {@code estimate} marks a value that no source prints as such.
 */
public record Factor(Category category, String item, BigDecimal value, String unit, Provenance source,
                     boolean estimate) {

    public Factor {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (item.isBlank() || unit.isBlank()) {
            throw new IllegalArgumentException("a factor needs an item and a unit");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("an emission factor cannot be negative: " + item);
        }
    }

    /** The unit of the value as shown: kg-CO2 per the activity's unit. */
    public String valueUnit() {
        return "kg-CO2/" + unit;
    }
}
