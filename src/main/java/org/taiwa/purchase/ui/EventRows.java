package org.taiwa.purchase.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.taiwa.purchase.SignUpRequest.EventToOffset;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The events a sign-up offsets, one row each (name, date, tonnes), with add and remove. */
final class EventRows extends Composite<VerticalLayout> {

    /** One event's fields; {@code footprintId} when it came from a saved footprint. */
    final class EventRow extends HorizontalLayout {
        final TextField name = new TextField();
        final DatePicker date = new DatePicker();
        final IntegerField tonnes = new IntegerField();
        final String footprintId;

        EventRow(int index, String footprintId) {
            this.footprintId = footprintId;
            name.setLabel(getTranslation("purchase.signup.event-name"));
            name.setId("sign-up-event-name-" + index);
            name.setValueChangeMode(ValueChangeMode.EAGER);
            name.setMaxLength(200);
            date.setLabel(getTranslation("purchase.signup.event-date"));
            date.setId("sign-up-event-date-" + index);
            tonnes.setLabel(getTranslation("purchase.signup.event-tonnes"));
            tonnes.setId("sign-up-event-tonnes-" + index);
            tonnes.setValueChangeMode(ValueChangeMode.EAGER);
            tonnes.setMin(1);
            var remove = new Button(getTranslation("purchase.signup.event-remove"), e -> remove(this));
            remove.setId("sign-up-event-remove-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            name.addValueChangeListener(e -> changed.run());
            date.addValueChangeListener(e -> changed.run());
            tonnes.addValueChangeListener(e -> changed.run());
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(name, date, tonnes, remove);
        }

        /** The event, or empty while a field is missing or wrong (each field then says why). */
        Optional<EventToOffset> event() {
            boolean ok = check(name, !name.getValue().isBlank(), "purchase.signup.event-name-required");
            ok &= check(date, date.getValue() != null, "purchase.signup.event-date-required");
            ok &= check(tonnes, tonnes.getValue() != null && tonnes.getValue() >= 1, "purchase.signup.event-tonnes-min");
            return ok ? Optional.of(new EventToOffset(name.getValue().strip(), date.getValue(), tonnes.getValue(),
                    footprintId)) : Optional.empty();
        }

        private boolean check(com.vaadin.flow.component.HasValidation field, boolean valid, String message) {
            field.setInvalid(!valid);
            field.setErrorMessage(valid ? null : getTranslation(message));
            return valid;
        }
    }

    private final List<EventRow> rows = new ArrayList<>();
    private final Runnable changed;
    private int created;

    EventRows(Runnable changed) {
        this.changed = changed;
        getContent().setId("sign-up-events");
        getContent().setPadding(false);
    }

    void add(String name, LocalDate date, Long tonnes, String footprintId) {
        var row = new EventRow(created++, footprintId);
        row.name.setValue(name == null ? "" : name);
        row.date.setValue(date);
        row.tonnes.setValue(tonnes == null ? null : Math.toIntExact(tonnes));
        rows.add(row);
        getContent().add(row);
        changed.run();
    }

    private void remove(EventRow row) {
        rows.remove(row);
        getContent().remove(row);
        changed.run();
    }

    List<EventRow> rows() {
        return List.copyOf(rows);
    }

    /** Every event, or empty while one of them is incomplete. */
    Optional<List<EventToOffset>> events() {
        List<EventToOffset> events = new ArrayList<>();
        boolean ok = true;
        for (EventRow row : rows) {
            Optional<EventToOffset> event = row.event();
            ok &= event.isPresent();
            event.ifPresent(events::add);
        }
        return ok ? Optional.of(events) : Optional.empty();
    }
}
