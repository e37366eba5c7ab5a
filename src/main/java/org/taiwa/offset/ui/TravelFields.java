package org.taiwa.offset.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.taiwa.offset.InputLimits;
import org.taiwa.offset.TravelLeg;
import org.taiwa.offset.TravelMode;
import org.taiwa.offset.TravelShares;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Travel to the event, as the organiser knows it: rows of mode, persons and round-trip km, or the share of
 * participants per mode and an average round trip.
 */
final class TravelFields extends Div {

    enum Entry { ROWS, SHARES }

    private record Row(Select<TravelMode> mode, IntegerField persons, NumberField km, HorizontalLayout layout) {
    }

    private final OffsetTexts texts;
    private final FieldErrors errors;
    private final Runnable changed;
    private final RadioButtonGroup<Entry> entry = new RadioButtonGroup<>();
    private final Div rowsArea = new Div();
    private final Div sharesArea = new Div();
    private final List<Row> rows = new ArrayList<>();
    private final Map<TravelMode, NumberField> shares = new EnumMap<>(TravelMode.class);
    private final NumberField averageKm;
    private final Button add;
    private final Span message = new Span();

    TravelFields(OffsetTexts texts, FieldErrors errors, Runnable changed) {
        this.texts = texts;
        this.errors = errors;
        this.changed = changed;
        entry.setId("offset-travel-entry");
        entry.setLabel(texts.get("offset.form.travel.entry"));
        entry.setItems(Entry.values());
        entry.setItemLabelGenerator(e -> texts.get("offset.form.travel.entry." + e.name().toLowerCase()));
        entry.setValue(Entry.ROWS);
        entry.addValueChangeListener(e -> switchEntry());
        add = new Button(texts.get("offset.form.travel.add"), e -> addRow(TravelMode.RAIL));
        add.setId("offset-travel-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rowsArea.add(add);
        for (TravelMode mode : TravelMode.values()) {
            NumberField share = number("offset-share-" + mode.code(), texts.mode(mode) + " (%)");
            share.setWidth("8rem");
            shares.put(mode, share);
        }
        averageKm = number("offset-share-km", texts.get("offset.form.travel.average-km"));
        var shareFields = new HorizontalLayout();
        shareFields.setWrap(true);
        shares.values().forEach(shareFields::add);
        sharesArea.add(shareFields, averageKm);
        sharesArea.setVisible(false);
        message.setId("offset-travel-message");
        message.addClassName("taiwa-offset-error");
        add(new H3(texts.get("offset.form.travel")), entry, rowsArea, sharesArea, message);
    }

    private NumberField number(String id, String label) {
        var field = new NumberField(label);
        if (id != null) {
            field.setId(id);
        }
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> changed.run());
        FieldErrors.manual(field);
        return field;
    }

    /** A new row; its fields are named as the API names them ({@code travel[i].persons}). */
    void addRow(TravelMode mode) {
        var select = new Select<TravelMode>();
        select.setItems(TravelMode.values());
        select.setItemLabelGenerator(texts::mode);
        select.setValue(mode);
        select.setLabel(texts.get("offset.form.travel.mode"));
        select.addValueChangeListener(e -> changed.run());
        var persons = new IntegerField(texts.get("offset.form.travel.persons"));
        persons.setValueChangeMode(ValueChangeMode.EAGER);
        persons.addValueChangeListener(e -> changed.run());
        var km = number(null, texts.get("offset.form.travel.round-trip-km"));
        var layout = new HorizontalLayout(select, persons, km);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var row = new Row(select, persons, km, layout);
        var remove = new Button(texts.get("offset.form.travel.remove"), e -> removeRow(row));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        layout.add(remove);
        rows.add(row);
        rowsArea.addComponentAtIndex(rowsArea.getComponentCount() - 1, layout);
        renumber();
        add.setEnabled(rows.size() < InputLimits.MAX_TRAVEL_LEGS);
        changed.run();
    }

    private void removeRow(Row row) {
        rows.remove(row);
        rowsArea.remove(row.layout());
        renumber();
        add.setEnabled(true);
        changed.run();
    }

    private void renumber() {
        for (int i = 0; i < InputLimits.MAX_TRAVEL_LEGS + 1; i++) {
            errors.unregister("travel[" + i + "].persons");
            errors.unregister("travel[" + i + "].roundTripKm");
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.mode().setId("offset-travel-mode-" + i);
            row.persons().setId("offset-travel-persons-" + i);
            row.km().setId("offset-travel-km-" + i);
            errors.register("travel[" + i + "].persons", row.persons());
            errors.register("travel[" + i + "].roundTripKm", row.km());
        }
    }

    private void switchEntry() {
        boolean byRows = entry.getValue() != Entry.SHARES;
        rowsArea.setVisible(byRows);
        sharesArea.setVisible(!byRows);
        changed.run();
    }

    /** The legs as entered; with shares, only when they add up to 100 % (otherwise the form shows why). */
    List<TravelLeg> legs(int participants) {
        if (entry.getValue() != Entry.SHARES) {
            return rows.stream().map(r -> new TravelLeg(r.mode().getValue() == null ? TravelMode.RAIL
                    : r.mode().getValue(), r.persons().getValue() == null ? 0 : r.persons().getValue(),
                    decimal(r.km()))).toList();
        }
        Map<TravelMode, BigDecimal> percent = percentByMode();
        if (percent.isEmpty() || !TravelShares.complete(percent) || participants <= 0) {
            return List.of();
        }
        return TravelShares.legs(participants, percent, decimal(averageKm));
    }

    /**
     * The checks only the form has: shares between 0 and 100 that add up to 100 %, a non-negative average.
     * Returns false when travel cannot be calculated.
     */
    boolean check() {
        message.setText("");
        if (entry.getValue() != Entry.SHARES) {
            return true;
        }
        boolean valid = true;
        for (NumberField share : shares.values()) {
            share.setInvalid(false);
            BigDecimal value = decimal(share);
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                share.setErrorMessage(errors.message(value.signum() < 0 ? InputLimits.NEGATIVE : InputLimits.TOO_LARGE,
                        value.signum() < 0 ? BigDecimal.ZERO : BigDecimal.valueOf(100)));
                share.setInvalid(true);
                valid = false;
            }
        }
        averageKm.setInvalid(false);
        BigDecimal km = decimal(averageKm);
        if (km.signum() < 0 || km.compareTo(InputLimits.MAX_ROUND_TRIP_KM) > 0) {
            averageKm.setErrorMessage(errors.message(km.signum() < 0 ? InputLimits.NEGATIVE : InputLimits.TOO_LARGE,
                    km.signum() < 0 ? BigDecimal.ZERO : InputLimits.MAX_ROUND_TRIP_KM));
            averageKm.setInvalid(true);
            valid = false;
        }
        Map<TravelMode, BigDecimal> percent = percentByMode();
        if (!percent.isEmpty() && !TravelShares.complete(percent)) {
            BigDecimal sum = percent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            message.setText(texts.get("offset.form.travel.shares-sum", sum));
            valid = false;
        }
        return valid;
    }

    /** A problem of the travel as a whole (too many legs, more travellers than participants). */
    void show(String text) {
        message.setText(text);
    }

    private Map<TravelMode, BigDecimal> percentByMode() {
        var percent = new EnumMap<TravelMode, BigDecimal>(TravelMode.class);
        shares.forEach((mode, field) -> {
            if (field.getValue() != null) {
                percent.put(mode, decimal(field));
            }
        });
        return percent;
    }

    private static BigDecimal decimal(NumberField field) {
        Double value = field.getValue();
        return value == null || value.isNaN() || value.isInfinite() ? BigDecimal.ZERO : BigDecimal.valueOf(value);
    }

    RadioButtonGroup<Entry> entry() {
        return entry;
    }
}
