package org.taiwa.offset.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.taiwa.offset.Estimate;
import org.taiwa.offset.EventInputs;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.InputLimits;
import org.taiwa.offset.InputLimits.FieldProblem;
import org.taiwa.offset.MissingFactorException;
import org.taiwa.offset.OffsetCalculator;
import org.taiwa.offset.TravelLeg;
import org.taiwa.offset.TravelMode;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/**
 * The event calculator's form, as the Ministry of the Environment's event guidance structures the inputs. Every
 * field is checked as it is typed, with {@link InputLimits} (the API's own checks), and nothing typed is lost when
 * something is invalid. Listeners get the estimate whenever the inputs can be calculated, empty otherwise.
 */
public final class CalculatorForm extends Composite<Div> {

    private final OffsetTexts texts;
    private final FieldErrors errors;
    private final BigDecimal pricePerTonne;
    private final TextField eventName = new TextField();
    private final DatePicker firstDay = new DatePicker();
    private final DatePicker lastDay = new DatePicker();
    private final IntegerField participants;
    private final IntegerField days;
    private final VenueFields venue;
    private final NumberField cityGas;
    private final NumberField lpg;
    private final NumberField kerosene;
    private final TravelFields travel;
    private final IntegerField nights;
    private final IntegerField meals;
    private final IntegerField sheets;
    private final NumberField waste;
    private final List<Consumer<Optional<Estimate>>> listeners = new ArrayList<>();
    private FactorSet set;
    private Optional<EventInputs> inputs = Optional.empty();
    private Optional<Estimate> estimate = Optional.empty();
    /** Fields fire while the constructor fills them in: checks start once every field exists. */
    private boolean ready;

    /** A form calculating with {@code set}; {@code pricePerTonne} (yen, may be null) is passed on to the result. */
    public CalculatorForm(FactorSet set, BigDecimal pricePerTonne) {
        this.set = set;
        this.pricePerTonne = pricePerTonne;
        this.texts = OffsetTexts.of(this);
        this.errors = new FieldErrors(texts);
        eventName.setId("offset-event-name");
        eventName.setLabel(texts.get("offset.form.event-name"));
        eventName.setMaxLength(200);
        eventName.setValueChangeMode(ValueChangeMode.EAGER);
        eventName.addValueChangeListener(e -> recalculate());
        firstDay.setId("offset-first-day");
        firstDay.setLabel(texts.get("offset.form.first-day"));
        lastDay.setId("offset-last-day");
        lastDay.setLabel(texts.get("offset.form.last-day"));
        errors.register("lastDay", lastDay);
        firstDay.addValueChangeListener(e -> recalculate());
        lastDay.addValueChangeListener(e -> recalculate());
        participants = integer("participants", "offset-participants", "offset.form.participants");
        days = integer("days", "offset-days", "offset.form.days");
        venue = new VenueFields(texts, errors, this::recalculate);
        venue.setFactorSet(set);
        cityGas = decimal("cityGasM3", "offset-city-gas", "offset.form.city-gas");
        lpg = decimal("lpgKg", "offset-lpg", "offset.form.lpg");
        kerosene = decimal("keroseneLitres", "offset-kerosene", "offset.form.kerosene");
        travel = new TravelFields(texts, errors, this::recalculate);
        nights = integer("accommodationNights", "offset-nights", "offset.form.nights");
        meals = integer("meals", "offset-meals", "offset.form.meals");
        sheets = integer("paperSheets", "offset-sheets", "offset.form.sheets");
        waste = decimal("wasteKg", "offset-waste", "offset.form.waste");
        var event = new FormLayout(eventName, firstDay, lastDay, participants, days);
        var fuels = new FormLayout(cityGas, lpg, kerosene);
        var other = new FormLayout(nights, meals, sheets, waste);
        getContent().addClassName("taiwa-offset-form");
        getContent().add(new H3(texts.get("offset.form.event")), event, venue,
                new H3(texts.get("offset.form.fuels")), fuels, travel, new H3(texts.get("offset.form.other")), other);
        ready = true;
        recalculate();
    }

    private IntegerField integer(String name, String id, String label) {
        var field = new IntegerField(texts.get(label));
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> recalculate());
        return errors.register(name, field);
    }

    private NumberField decimal(String name, String id, String label) {
        var field = new NumberField(texts.get(label));
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> recalculate());
        return errors.register(name, field);
    }

    /** Checks every field, marks the ones with problems, and tells the listeners. */
    private void recalculate() {
        if (!ready) {
            return;
        }
        errors.clear();
        boolean valid = travel.check();
        BigDecimal kwh = venue.kwh(errors);
        valid &= !errors.invalid("floorArea") && !errors.invalid("hours");
        int people = value(participants);
        List<TravelLeg> legs = travel.legs(people);
        var candidate = new EventInputs(people, value(days), kwh, venue.electricityItem(), VenueFields.decimal(cityGas),
                VenueFields.decimal(lpg), VenueFields.decimal(kerosene), legs, value(nights), value(meals),
                value(sheets), VenueFields.decimal(waste));
        for (FieldProblem problem : InputLimits.problems(candidate)) {
            valid = false;
            String field = problem.field().equals("electricityKwh") ? venue.kwhField() : problem.field();
            if (!errors.show(field, problem.code(), problem.limit())) {
                travel.show(errors.message(problem.code(), problem.limit()));
            }
        }
        if (firstDay.getValue() != null && lastDay.getValue() != null
                && lastDay.getValue().isBefore(firstDay.getValue())) {
            errors.show("lastDay", "offset.form.last-before-first", null);
            valid = false;
        }
        inputs = valid ? Optional.of(candidate) : Optional.empty();
        estimate = inputs.flatMap(this::calculate);
        listeners.forEach(listener -> listener.accept(estimate));
    }

    private Optional<Estimate> calculate(EventInputs in) {
        try {
            return Optional.of(OffsetCalculator.estimate(in, set));
        } catch (MissingFactorException e) {
            // a supplier or mode the chosen set lacks: shown as that field's problem, not as an error page
            travel.show(texts.get("offset.form.missing-factor", texts.item(e.item())));
            return Optional.empty();
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** Called with the estimate after every change (empty while a field is invalid); and at once. */
    public Registration addEstimateListener(Consumer<Optional<Estimate>> listener) {
        listeners.add(listener);
        listener.accept(estimate);
        return () -> listeners.remove(listener);
    }

    /** Calculates with another set (e.g. after the secretariat activated one), keeping what was typed. */
    public void setFactorSet(FactorSet set) {
        this.set = set;
        venue.setFactorSet(set);
        recalculate();
    }

    public FactorSet factorSet() {
        return set;
    }

    public Optional<EventInputs> inputs() {
        return inputs;
    }

    public Optional<Estimate> estimate() {
        return estimate;
    }

    public Optional<BigDecimal> pricePerTonne() {
        return Optional.ofNullable(pricePerTonne);
    }

    public String eventName() {
        return eventName.getValue().strip();
    }

    public Optional<LocalDate> firstDay() {
        return Optional.ofNullable(firstDay.getValue());
    }

    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(lastDay.getValue()).or(this::firstDay);
    }

    /** Adds an empty travel row of that mode, e.g. the first one a page offers. */
    public void addTravelRow(TravelMode mode) {
        travel.addRow(mode);
    }
}
