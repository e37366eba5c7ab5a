package org.taiwa.offset.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.taiwa.offset.Estimate;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventInputs;
import org.taiwa.offset.Factor;
import org.taiwa.offset.FactorSet;

/** The offset API's JSON: category codes and travel modes in lower case, as the request uses them. */
final class OffsetJson {

    private OffsetJson() {
    }

    record EstimateJson(BigDecimal totalKgCo2, BigDecimal totalTonnes, long creditsNeeded, FactorSetRefJson factorSet,
                        List<CategoryJson> categories) {

        static EstimateJson of(Estimate e) {
            return new EstimateJson(e.totalKgCo2(), e.totalTonnes(), e.creditsNeeded(),
                    new FactorSetRefJson(e.factorSet().id(), e.factorSet().name(), e.factorSet().fiscalYear()),
                    e.categories().stream().map(CategoryJson::of).toList());
        }
    }

    record FactorSetRefJson(String id, String name, int fiscalYear) {
    }

    record CategoryJson(String category, BigDecimal kgCo2, List<LineJson> lines) {

        static CategoryJson of(Estimate.CategoryEstimate c) {
            return new CategoryJson(c.category().code(), c.kgCo2(), c.lines().stream().map(LineJson::of).toList());
        }
    }

    record LineJson(String item, BigDecimal quantity, String unit, LineFactorJson factor, BigDecimal kgCo2) {

        static LineJson of(Estimate.Line l) {
            Factor f = l.factor();
            return new LineJson(l.item(), plain(l.quantity()), l.unit(), new LineFactorJson(f.value(), f.valueUnit(),
                    f.source().citation(), f.source().url(), f.estimate()), l.kgCo2());
        }
    }

    /** A line's factor: value in {@code unit} (kg-CO2 per the activity's unit) and its source in one line. */
    record LineFactorJson(BigDecimal value, String unit, String source, String url, boolean estimate) {
    }

    record FactorSetJson(String id, String name, int fiscalYear, String status, List<FactorJson> factors) {

        static FactorSetJson of(FactorSet s) {
            return new FactorSetJson(s.id(), s.name(), s.fiscalYear(), s.status().name().toLowerCase(
                    java.util.Locale.ROOT), s.factors().stream().map(FactorJson::of).toList());
        }
    }

    record FactorJson(String category, String item, BigDecimal value, String unit, String valueUnit, boolean estimate,
                      String publisher, String title, String edition, String url, String note, String source) {

        static FactorJson of(Factor f) {
            var p = f.source();
            return new FactorJson(f.category().code(), f.item(), f.value(), f.unit(), f.valueUnit(), f.estimate(),
                    p.publisher(), p.title(), p.edition(), p.url(), p.note(), p.citation());
        }
    }

    record FootprintJson(String id, String municipality, String eventName, LocalDate firstDay, LocalDate lastDay,
                         InputsJson inputs, EstimateJson estimate, String savedBy, Instant savedAt) {

        static FootprintJson of(EventFootprint f) {
            return new FootprintJson(f.id(), f.municipality().value(), f.eventName(), f.firstDay(), f.lastDay(),
                    InputsJson.of(f.inputs()), EstimateJson.of(f.estimate()), f.savedBy(), f.savedAt());
        }
    }

    /** The inputs in the request's own shape, so that a saved footprint can be sent to the estimate again. */
    record InputsJson(int participants, int days, BigDecimal electricityKwh, String electricityItem,
                      BigDecimal cityGasM3, BigDecimal lpgKg, BigDecimal keroseneLitres, List<LegJson> travel,
                      int accommodationNights, int meals, int paperSheets, BigDecimal wasteKg) {

        static InputsJson of(EventInputs in) {
            return new InputsJson(in.participants(), in.days(), plain(in.electricityKwh()), in.electricityItem(),
                    plain(in.cityGasM3()), plain(in.lpgKg()), plain(in.keroseneLitres()), in.travel().stream()
                    .map(l -> new LegJson(l.mode().code(), l.persons(), plain(l.roundTripKm()))).toList(),
                    in.accommodationNights(), in.meals(), in.paperSheets(), plain(in.wasteKg()));
        }
    }

    record LegJson(String mode, int persons, BigDecimal roundTripKm) {
    }

    /** {@code 1E+3} (as JSON may give it) written back as {@code 1000}. */
    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
