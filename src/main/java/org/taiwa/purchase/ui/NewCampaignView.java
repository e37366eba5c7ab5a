package org.taiwa.purchase.ui;

import java.time.LocalDateTime;
import java.util.Arrays;

import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.CreditProject;
import org.taiwa.purchase.NewCampaign;
import org.taiwa.security.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The secretariat creates a campaign (a draft): project, title, tonnes, price, the window in Japan time, the
 * per-municipality minimum and maximum, the rule and, for a lottery, the seed published when it opens.
 */
@Route("campaigns/new")
@RolesAllowed(Roles.SECRETARIAT)
class NewCampaignView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<CreditProject> project = new ComboBox<>();
    private final TextField title = new TextField();
    private final IntegerField tonnes = new IntegerField();
    private final IntegerField price = new IntegerField();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();
    private final IntegerField min = new IntegerField();
    private final IntegerField max = new IntegerField();
    private final Select<AllocationRule> rule = new Select<>();
    private final TextField seed = new TextField();

    NewCampaignView(Campaigns campaigns) {
        var texts = PurchaseTexts.of(this);
        project.setId("new-project");
        project.setLabel(texts.get("purchase.campaign.project"));
        project.setItems(campaigns.projects());
        project.setItemLabelGenerator(p -> p.issuer() + " " + p.scheme() + " (" + p.vintage() + ")");
        project.addValueChangeListener(e -> {
            if (e.getValue() != null && price.isEmpty()) {
                price.setValue(Math.toIntExact(e.getValue().pricePerTonneYen()));
            }
        });
        title.setId("new-title");
        title.setLabel(texts.get("purchase.campaign.title"));
        title.setValueChangeMode(ValueChangeMode.EAGER);
        field(tonnes, "new-tonnes", texts.get("purchase.campaign.offered"));
        field(price, "new-price", texts.get("purchase.campaign.price"));
        opens.setId("new-opens");
        opens.setLabel(texts.get("purchase.new.opens"));
        closes.setId("new-closes");
        closes.setLabel(texts.get("purchase.new.closes"));
        field(min, "new-min", texts.get("purchase.new.min"));
        field(max, "new-max", texts.get("purchase.new.max"));
        rule.setId("new-rule");
        rule.setLabel(texts.get("purchase.campaign.rule"));
        rule.setItems(Arrays.asList(AllocationRule.values()));
        rule.setItemLabelGenerator(texts::rule);
        rule.setValue(AllocationRule.FIRST_COME);
        seed.setId("new-seed");
        seed.setLabel(texts.get("purchase.campaign.seed"));
        seed.setHelperText(texts.get("purchase.new.seed-help"));
        var create = new Button(texts.get("purchase.new.create"), e -> create(campaigns));
        create.setId("new-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(texts.get("purchase.new.title")), new FormLayout(project, title, tonnes, price, opens, closes, min,
                max, rule, seed), create);
    }

    private static void field(IntegerField field, String id, String label) {
        field.setId(id);
        field.setLabel(label);
        field.setMin(1);
        field.setValueChangeMode(ValueChangeMode.EAGER);
    }

    private void create(Campaigns campaigns) {
        boolean ok = required(project.getValue() != null, project) & required(!title.getValue().isBlank(), title)
                & required(tonnes.getValue() != null && tonnes.getValue() > 0, tonnes)
                & required(price.getValue() != null && price.getValue() >= 0, price)
                & required(opens.getValue() != null, opens)
                & required(closes.getValue() != null && opens.getValue() != null
                        && closes.getValue().isAfter(opens.getValue()), closes)
                & required(min.getValue() != null && min.getValue() >= 1, min)
                & required(max.getValue() != null && min.getValue() != null && max.getValue() >= min.getValue(), max);
        if (!ok) {
            return;
        }
        Campaign created = campaigns.create(new NewCampaign(title.getValue().strip(), project.getValue().id(),
                tonnes.getValue(), price.getValue(), japan(opens.getValue()), japan(closes.getValue()), min.getValue(),
                max.getValue(), rule.getValue(), seed.getValue().isBlank() ? null : seed.getValue().strip()));
        getUI().ifPresent(ui -> ui.navigate(CampaignView.class, CampaignView.parameters(created.id())));
    }

    private static java.time.Instant japan(LocalDateTime time) {
        return time.atZone(PurchaseTexts.JAPAN).toInstant();
    }

    private boolean required(boolean valid, com.vaadin.flow.component.HasValidation field) {
        field.setInvalid(!valid);
        field.setErrorMessage(valid ? null : getTranslation("purchase.new.invalid"));
        return valid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchase.new.title");
    }
}
