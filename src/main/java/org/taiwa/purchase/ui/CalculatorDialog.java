package org.taiwa.purchase.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.taiwa.offset.FactorSet;
import org.taiwa.offset.ui.CalculatorForm;
import org.taiwa.offset.ui.EstimatePanel;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The offset calculator inside the sign-up: an organiser who has not saved a footprint estimates the event here,
 * and its name, first day and credits needed become one of the sign-up's events.
 */
final class CalculatorDialog extends Dialog {

    /** The event the calculator estimated: name, first day, whole tonnes. */
    record Estimated(String name, LocalDate date, long tonnes) {
    }

    CalculatorDialog(FactorSet set, long pricePerTonneYen, Consumer<Estimated> onAdd) {
        setId("sign-up-calculator");
        setHeaderTitle(getTranslation("purchase.signup.calculate"));
        setWidth("min(72rem, 95vw)");
        var form = new CalculatorForm(set, BigDecimal.valueOf(pricePerTonneYen));
        var panel = new EstimatePanel();
        var add = new Button(getTranslation("purchase.signup.calculate-add"), e -> {
            onAdd.accept(new Estimated(form.eventName(), form.firstDay().orElseThrow(),
                    form.estimate().orElseThrow().creditsNeeded()));
            close();
        });
        add.setId("sign-up-calculator-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.addEstimateListener(estimate -> {
            panel.show(estimate, form.pricePerTonne());
            // an event needs a name and a day, and some credits to offset
            add.setEnabled(estimate.filter(e -> e.creditsNeeded() > 0).isPresent()
                    && !form.eventName().isBlank() && form.firstDay().isPresent());
        });
        add(form, panel);
        getFooter().add(new Button(getTranslation("purchase.signup.calculate-cancel"), e -> close()), add);
    }
}
