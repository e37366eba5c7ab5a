package org.taiwa.offset.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.offset.Category;
import org.taiwa.offset.Estimate;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventInputs;
import org.taiwa.offset.TravelLeg;
import org.taiwa.offset.TravelMode;

/**
 * A saved event footprint as stored in {@code event_footprints}: the inputs and the whole estimate, each line with
 * its factor and source, so that it shows again exactly as calculated after its factor set is retired or edited.
 * Decimals and dates are strings: exact, and free of time zones.
 */
@Document(EventFootprintDocument.COLLECTION)
public record EventFootprintDocument(@Id String id, String municipality, String eventName, String firstDay,
                                     String lastDay, InputsEntry inputs, EstimateEntry estimate, String savedBy,
                                     Instant savedAt) {

    public static final String COLLECTION = "event_footprints";
    public static final String MUNICIPALITY = "municipality";
    public static final String SAVED_AT = "savedAt";

    /** The inputs as entered. */
    public record InputsEntry(int participants, int days, String electricityKwh, String electricityItem,
                              String cityGasM3, String lpgKg, String keroseneLitres, List<LegEntry> travel,
                              int accommodationNights, int meals, int paperSheets, String wasteKg) {

        static InputsEntry of(EventInputs in) {
            return new InputsEntry(in.participants(), in.days(), text(in.electricityKwh()), in.electricityItem(),
                    text(in.cityGasM3()), text(in.lpgKg()), text(in.keroseneLitres()),
                    in.travel().stream().map(l -> new LegEntry(l.mode().code(), l.persons(), text(l.roundTripKm())))
                            .toList(), in.accommodationNights(), in.meals(), in.paperSheets(), text(in.wasteKg()));
        }

        EventInputs toInputs() {
            return new EventInputs(participants, days, number(electricityKwh), electricityItem, number(cityGasM3),
                    number(lpgKg), number(keroseneLitres), travel == null ? List.of() : travel.stream()
                    .map(l -> new TravelLeg(TravelMode.parse(l.mode()).orElseThrow(), l.persons(),
                            number(l.roundTripKm()))).toList(), accommodationNights, meals, paperSheets,
                    number(wasteKg));
        }
    }

    /** One travel line as entered. */
    public record LegEntry(String mode, int persons, String roundTripKm) {
    }

    /** The estimate as calculated, with the set it used. */
    public record EstimateEntry(String totalKgCo2, String totalTonnes, long creditsNeeded, String factorSetId,
                                String factorSetName, int factorSetFiscalYear, List<CategoryEntry> categories) {

        static EstimateEntry of(Estimate e) {
            return new EstimateEntry(text(e.totalKgCo2()), text(e.totalTonnes()), e.creditsNeeded(),
                    e.factorSet().id(), e.factorSet().name(), e.factorSet().fiscalYear(),
                    e.categories().stream().map(CategoryEntry::of).toList());
        }

        Estimate toEstimate() {
            return new Estimate(number(totalKgCo2), number(totalTonnes), creditsNeeded,
                    new Estimate.FactorSetRef(factorSetId, factorSetName, factorSetFiscalYear),
                    categories.stream().map(CategoryEntry::toCategory).toList());
        }
    }

    /** One category's lines as calculated. */
    public record CategoryEntry(Category category, String kgCo2, List<LineEntry> lines) {

        static CategoryEntry of(Estimate.CategoryEstimate c) {
            return new CategoryEntry(c.category(), text(c.kgCo2()), c.lines().stream().map(LineEntry::of).toList());
        }

        Estimate.CategoryEstimate toCategory() {
            return new Estimate.CategoryEstimate(category, number(kgCo2),
                    lines.stream().map(LineEntry::toLine).toList());
        }
    }

    /** One line with the factor it used, provenance included. */
    public record LineEntry(String item, String quantity, String unit, FactorSetDocument.FactorEntry factor,
                            String kgCo2) {

        static LineEntry of(Estimate.Line l) {
            return new LineEntry(l.item(), text(l.quantity()), l.unit(), FactorSetDocument.FactorEntry.of(l.factor()),
                    text(l.kgCo2()));
        }

        Estimate.Line toLine() {
            return new Estimate.Line(item, number(quantity), unit, factor.toFactor(), number(kgCo2));
        }
    }

    static EventFootprintDocument of(EventFootprint f) {
        return new EventFootprintDocument(f.id(), f.municipality().value(), f.eventName(), f.firstDay().toString(),
                f.lastDay().toString(), InputsEntry.of(f.inputs()), EstimateEntry.of(f.estimate()), f.savedBy(),
                f.savedAt());
    }

    EventFootprint toFootprint() {
        return new EventFootprint(id, new MunicipalityId(municipality), eventName, LocalDate.parse(firstDay),
                LocalDate.parse(lastDay), inputs.toInputs(), estimate.toEstimate(), savedBy, savedAt);
    }

    /** Keeps the scale ({@code 12.500} stays {@code 12.500}), so that a stored estimate reads back equal. */
    private static String text(BigDecimal value) {
        return value.toString();
    }

    private static BigDecimal number(String value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value);
    }
}
