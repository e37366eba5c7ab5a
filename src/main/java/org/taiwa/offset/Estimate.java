package org.taiwa.offset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * An event's estimated emissions: lines (activity × factor), summed per category and in total. Each line is
 * rounded to the gram; categories and the total are exact sums of lines, so the table always adds up.
 * One credit offsets one tonne, and credits are bought in whole tonnes, rounded up.
 */
public record Estimate(BigDecimal totalKgCo2, BigDecimal totalTonnes, long creditsNeeded, FactorSetRef factorSet,
                       List<CategoryEstimate> categories) {

    /** The factor set an estimate used: it stays reproducible when newer sets are activated. */
    public record FactorSetRef(String id, String name, int fiscalYear) {
    }

    /** One category's lines and their sum. */
    public record CategoryEstimate(Category category, BigDecimal kgCo2, List<Line> lines) {
        public CategoryEstimate {
            lines = List.copyOf(lines);
        }
    }

    /** One activity: quantity in {@code unit}, times its factor, is {@code kgCo2}. */
    public record Line(String item, BigDecimal quantity, String unit, Factor factor, BigDecimal kgCo2) {
    }

    public Estimate {
        Objects.requireNonNull(factorSet, "factorSet");
        categories = List.copyOf(categories);
    }

    /** What the credits cost at a price per tonne (yen). */
    public BigDecimal cost(BigDecimal yenPerTonne) {
        return yenPerTonne.multiply(BigDecimal.valueOf(creditsNeeded)).setScale(0, RoundingMode.HALF_UP);
    }
}
