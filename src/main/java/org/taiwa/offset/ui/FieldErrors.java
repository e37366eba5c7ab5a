package org.taiwa.offset.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.taiwa.offset.InputLimits.FieldProblem;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The form's fields by the names {@link org.taiwa.offset.InputLimits} gives them, so that each problem shows
 * under its own field. Fields validate manually: Vaadin's own checks would clear the message the form set.
 */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
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
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    boolean invalid(String name) {
        HasValidation field = fields.get(name);
        return field != null && field.isInvalid();
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
        if (!field.isInvalid()) {
            field.setErrorMessage(message(code, limit));
            field.setInvalid(true);
        }
        return true;
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
