package org.taiwa.offset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The emission-factor registry: named, dated sets of factors, one of them active. The secretariat creates a
 * set by copying one, edits its factors while it is a draft, and activates it (the previous active set is
 * retired); calculations keep the set they used. Every change is audit-logged.
 */
public interface FactorSets {

    /** The set new calculations use. */
    FactorSet active();

    Optional<FactorSet> find(String id);

    /** Every set, newest fiscal year first. */
    List<FactorSet> all();

    /** A new draft holding the factors of {@code sourceId} (secretariat only). */
    FactorSet copy(String sourceId, String name, int fiscalYear);

    /** Sets one factor of a draft: its value, whether it is an estimate, and its source (secretariat only). */
    FactorSet updateFactor(String setId, Category category, String item, BigDecimal value, boolean estimate,
                           Provenance source);

    /** Makes a draft the active set and retires the one active before (secretariat only). */
    FactorSet activate(String setId);
}
