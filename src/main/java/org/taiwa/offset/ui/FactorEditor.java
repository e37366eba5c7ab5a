package org.taiwa.offset.ui;

import java.math.BigDecimal;
import java.util.function.Consumer;

import org.taiwa.offset.Factor;
import org.taiwa.offset.Provenance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A draft's factor: its value, whether it is an estimate, and its source, as the secretariat edits them. */
final class FactorEditor extends Dialog {

    /** What the secretariat entered; the service checks it again. */
    record Edit(BigDecimal value, boolean estimate, Provenance source) {
    }

    private final BigDecimalField value = new BigDecimalField();
    private final Checkbox estimate = new Checkbox();
    private final TextField publisher = new TextField();
    private final TextField title = new TextField();
    private final TextField edition = new TextField();
    private final TextField url = new TextField();
    private final Button save;

    FactorEditor(Factor factor, OffsetTexts texts, Consumer<Edit> onSave) {
        setHeaderTitle(texts.get("offset.admin.edit", texts.item(factor.item()), factor.valueUnit()));
        value.setId("factor-value");
        value.setLabel(texts.get("offset.result.factor") + " (" + factor.valueUnit() + ")");
        value.setValue(factor.value());
        value.setValueChangeMode(ValueChangeMode.EAGER);
        estimate.setId("factor-estimate");
        estimate.setLabel(texts.get("offset.admin.estimate"));
        estimate.setValue(factor.estimate());
        field(publisher, "factor-publisher", texts.get("offset.admin.publisher"), factor.source().publisher());
        field(title, "factor-title", texts.get("offset.admin.source-title"), factor.source().title());
        field(edition, "factor-edition", texts.get("offset.admin.edition"), factor.source().edition());
        field(url, "factor-url", texts.get("offset.admin.url"), factor.source().url());
        save = new Button(texts.get("offset.admin.save"), e -> {
            onSave.accept(new Edit(value.getValue(), estimate.getValue(), new Provenance(publisher.getValue().strip(),
                    title.getValue().strip(), edition.getValue().strip(), url.getValue().strip(),
                    factor.source().note())));
            close();
        });
        save.setId("factor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        value.addValueChangeListener(e -> check(texts));
        publisher.addValueChangeListener(e -> check(texts));
        title.addValueChangeListener(e -> check(texts));
        add(new FormLayout(value, estimate, publisher, title, edition, url));
        getFooter().add(new Button(texts.get("offset.admin.cancel"), e -> close()), save);
    }

    private static void field(TextField field, String id, String label, String text) {
        field.setId(id);
        field.setLabel(label);
        field.setValue(text);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setWidthFull();
    }

    /** A factor is a non-negative number with a publisher and a title, as the registry requires. */
    private void check(OffsetTexts texts) {
        boolean negative = value.getValue() != null && value.getValue().signum() < 0;
        value.setInvalid(value.getValue() == null || negative);
        value.setErrorMessage(negative ? texts.get("offset.input.negative", BigDecimal.ZERO)
                : texts.get("offset.admin.required"));
        publisher.setInvalid(publisher.getValue().isBlank());
        publisher.setErrorMessage(texts.get("offset.admin.required"));
        title.setInvalid(title.getValue().isBlank());
        title.setErrorMessage(texts.get("offset.admin.required"));
        save.setEnabled(!value.isInvalid() && !publisher.isInvalid() && !title.isInvalid());
    }
}
