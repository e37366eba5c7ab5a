package org.taiwa.offset.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.offset.Category;
import org.taiwa.offset.Factor;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSetStatus;
import org.taiwa.offset.Provenance;

/**
 * A factor set as stored in {@code factor_sets}: one document with its factors embedded, so that an edit is one
 * conditional update on {@link #VERSION} and a set never exists half-copied (docs/decisions/0014-offset-factor-sets.md).
 * Values are decimal strings: exact, whatever the server's decimal support.
 *
 * @param activation the number of the activation that made the set active (from the {@code factor-set-activation}
 *                   sequence), 0 while a draft; the highest ACTIVE one is the active set
 */
@Document(FactorSetDocument.COLLECTION)
public record FactorSetDocument(@Id String id, String name, int fiscalYear, FactorSetStatus status,
                                List<FactorEntry> factors, long activation, String copiedFrom, String createdBy,
                                Instant createdAt, String updatedBy, Instant updatedAt, long version) {

    public static final String COLLECTION = "factor_sets";
    public static final String STATUS = "status";
    public static final String ACTIVATION = "activation";
    public static final String FACTORS = "factors";
    public static final String VERSION = "version";
    public static final String FISCAL_YEAR = "fiscalYear";
    public static final String UPDATED_BY = "updatedBy";
    public static final String UPDATED_AT = "updatedAt";

    /** One factor with its provenance, as stored. */
    public record FactorEntry(Category category, String item, String value, String unit, boolean estimate,
                              String publisher, String title, String edition, String url, String note) {

        public static FactorEntry of(Factor f) {
            Provenance p = f.source();
            return new FactorEntry(f.category(), f.item(), f.value().toPlainString(), f.unit(), f.estimate(),
                    p.publisher(), p.title(), p.edition(), p.url(), p.note());
        }

        public Factor toFactor() {
            return new Factor(category, item, new BigDecimal(value), unit,
                    new Provenance(publisher, title, edition, url, note), estimate);
        }
    }

    public static FactorSetDocument of(FactorSet set, long activation, String copiedFrom, String by, Instant at) {
        return new FactorSetDocument(set.id(), set.name(), set.fiscalYear(), set.status(),
                set.factors().stream().map(FactorEntry::of).toList(), activation, copiedFrom, by, at, by, at, 0);
    }

    public FactorSet toFactorSet() {
        return new FactorSet(id, name, fiscalYear, status,
                factors == null ? List.of() : factors.stream().map(FactorEntry::toFactor).toList());
    }
}
