package org.taiwa.offset;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, dated set of emission factors. A calculation names the set it used, so that it stays reproducible
 * after newer sets are activated.
 */
public record FactorSet(String id, String name, int fiscalYear, FactorSetStatus status, List<Factor> factors) {

    public FactorSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        factors = List.copyOf(factors);
        if (fiscalYear < 1990 || fiscalYear > 2100) {
            throw new IllegalArgumentException("fiscal year out of range: " + fiscalYear);
        }
        long distinct = factors.stream().map(f -> f.category().code() + "/" + f.item()).distinct().count();
        if (distinct != factors.size()) {
            throw new IllegalArgumentException("a factor set holds each category and item once");
        }
    }

    public Optional<Factor> factor(Category category, String item) {
        return factors.stream().filter(f -> f.category() == category && f.item().equals(item)).findFirst();
    }

    /** The factors of one category, e.g. the electricity suppliers to choose from. */
    public List<Factor> of(Category category) {
        return factors.stream().filter(f -> f.category() == category).toList();
    }
}
