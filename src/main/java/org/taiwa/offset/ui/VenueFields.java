package org.taiwa.offset.ui;

import java.math.BigDecimal;
import java.util.List;

import org.taiwa.offset.Category;
import org.taiwa.offset.Factor;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.InputLimits;
import org.taiwa.offset.OffsetCalculator;
import org.taiwa.offset.VenueEnergy;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The venue's electricity: metered kWh, or floor area × hours × an intensity that is shown and called an
 * estimate; and the supplier whose factor applies (the national default unless the organiser knows better).
 */
final class VenueFields extends Div {

    enum Entry { METERED, AREA }

    private final OffsetTexts texts;
    private final RadioButtonGroup<Entry> entry = new RadioButtonGroup<>();
    private final NumberField kwh;
    private final NumberField area;
    private final NumberField hours;
    private final Paragraph intensity = new Paragraph();
    private final Div areaFields = new Div();
    private final Select<Factor> supplier = new Select<>();

    VenueFields(OffsetTexts texts, FieldErrors errors, Runnable changed) {
        this.texts = texts;
        entry.setId("offset-venue-entry");
        entry.setLabel(texts.get("offset.form.venue.entry"));
        entry.setItems(Entry.values());
        entry.setItemLabelGenerator(e -> texts.get("offset.form.venue.entry." + e.name().toLowerCase()));
        entry.setValue(Entry.METERED);
        kwh = number("offset-electricity-kwh", texts.get("offset.form.electricity-kwh"), changed);
        errors.register("electricityKwh", kwh);
        area = number("offset-floor-area", texts.get("offset.form.floor-area"), changed);
        hours = number("offset-hours", texts.get("offset.form.hours"), changed);
        errors.register("floorArea", area);
        errors.register("hours", hours);
        intensity.setId("offset-intensity");
        var areaRow = new HorizontalLayout(area, hours);
        areaRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        areaFields.add(areaRow, intensity);
        areaFields.setVisible(false);
        entry.addValueChangeListener(e -> {
            kwh.setVisible(e.getValue() != Entry.AREA);
            areaFields.setVisible(e.getValue() == Entry.AREA);
            changed.run();
        });
        supplier.setId("offset-electricity-supplier");
        supplier.setLabel(texts.get("offset.form.supplier"));
        supplier.setItemLabelGenerator(f -> texts.item(f.item()) + " — " + texts.number(f.value(), 3) + " "
                + f.valueUnit());
        supplier.setWidth("32rem");
        supplier.addValueChangeListener(e -> changed.run());
        add(new H3(texts.get("offset.form.venue")), entry, kwh, areaFields, supplier);
        updateIntensity();
    }

    private static NumberField number(String id, String label, Runnable changed) {
        var field = new NumberField(label);
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> changed.run());
        return field;
    }

    /** The suppliers of the set; the national default is chosen until the organiser picks another. */
    void setFactorSet(FactorSet set) {
        String chosen = supplier.getValue() == null ? OffsetCalculator.DEFAULT_ELECTRICITY : supplier.getValue().item();
        List<Factor> factors = set.of(Category.ELECTRICITY);
        supplier.setItems(factors);
        factors.stream().filter(f -> f.item().equals(chosen)).findFirst()
                .or(() -> factors.stream().filter(f -> f.item().equals(OffsetCalculator.DEFAULT_ELECTRICITY)).findFirst())
                .ifPresent(supplier::setValue);
    }

    String electricityItem() {
        return supplier.getValue() == null ? OffsetCalculator.DEFAULT_ELECTRICITY : supplier.getValue().item();
    }

    /** kWh as metered, or as estimated from the area; negative area or hours are reported, not calculated. */
    BigDecimal kwh(FieldErrors errors) {
        if (entry.getValue() != Entry.AREA) {
            return decimal(kwh);
        }
        BigDecimal m2 = decimal(area);
        BigDecimal h = decimal(hours);
        if (m2.signum() < 0) {
            errors.show("floorArea", InputLimits.NEGATIVE, BigDecimal.ZERO);
        }
        if (h.signum() < 0) {
            errors.show("hours", InputLimits.NEGATIVE, BigDecimal.ZERO);
        }
        BigDecimal estimate = VenueEnergy.kwh(m2.max(BigDecimal.ZERO), h.max(BigDecimal.ZERO),
                VenueEnergy.DEFAULT_INTENSITY);
        updateIntensity(estimate);
        return estimate;
    }

    /** In area mode a kWh problem (too large) is the area's. */
    String kwhField() {
        return entry.getValue() == Entry.AREA ? "floorArea" : "electricityKwh";
    }

    private void updateIntensity() {
        updateIntensity(BigDecimal.ZERO);
    }

    private void updateIntensity(BigDecimal estimate) {
        intensity.setText(texts.get("offset.form.intensity", texts.number(VenueEnergy.DEFAULT_INTENSITY, 3),
                texts.number(estimate, 1)));
    }

    static BigDecimal decimal(NumberField field) {
        Double value = field.getValue();
        return value == null || value.isNaN() || value.isInfinite() ? BigDecimal.ZERO : BigDecimal.valueOf(value);
    }

    RadioButtonGroup<Entry> entry() {
        return entry;
    }
}
