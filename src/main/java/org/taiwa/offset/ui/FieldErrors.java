package org.taiwa.offset.ui;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.taiwa.offset.InputLimits.FieldProblem;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The form's fields by the names {@link org.taiwa.offset.InputLimits} gives them, so that each problem shows
 * under its own field. Fields validate manually: Vaadin's own checks would clear the message the form set.
 * A problem counts at once but is shown only under a field that has held a value: a form just opened is not
 * a page of red "required" messages.
 */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Set<String> problems = new HashSet<>();
    private final Set<String> touched = new HashSet<>();
    private final OffsetTexts texts;

    FieldErrors(OffsetTexts texts) {
        this.texts = texts;
    }

    <F extends HasValidation> F register(String name, F field) {
        manual(field);
        fields.put(name, field);
        return field;
    }

    void unregister(String name) {
        fields.remove(name);
    }

    /** Clears every message, before the next round of checks. */
    void clear() {
        problems.clear();
        fields.forEach(this::touched);
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    boolean invalid(String name) {
        return problems.contains(name);
    }

    /** Shows the problem under its field; false when no field of that name is showing. */
    boolean show(FieldProblem problem) {
        return show(problem.field(), problem.code(), problem.limit());
    }

    boolean show(String name, String code, BigDecimal limit) {
        HasValidation field = fields.get(name);
        if (field == null) {
            return false;
        }
        problems.add(name);
        if (!touched(name, field)) {
            return true;
        }
        if (!field.isInvalid()) {
            field.setErrorMessage(message(code, limit));
            field.setInvalid(true);
        }
        return true;
    }

    private boolean touched(String name, HasValidation field) {
        if (field instanceof HasValue<?, ?> value && !value.isEmpty()) {
            touched.add(name);
        }
        return touched.contains(name);
    }

    String message(String code, BigDecimal limit) {
        return limit == null ? texts.get(code) : texts.get(code, limit);
    }

    static void manual(HasValidation field) {
        if (field instanceof AbstractNumberField<?, ?> number) {
            number.setManualValidation(true);
        } else if (field instanceof BigDecimalField decimal) {
            decimal.setManualValidation(true);
        } else if (field instanceof TextField text) {
            text.setManualValidation(true);
        } else if (field instanceof DatePicker date) {
            date.setManualValidation(true);
        }
    }
}
