package org.taiwa.purchase.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventFootprints;
import org.taiwa.offset.FactorSet;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.SignUp;
import org.taiwa.purchase.SignUpRequest;
import org.taiwa.purchase.SignUpRequest.EventToOffset;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The sign-up's fields, checked as they are typed: tonnes between the campaign's minimum and maximum, a contact
 * with a valid e-mail address, complete events whose tonnes add up to at most the request. The services check the
 * same rules again.
 */
final class SignUpForm extends Composite<VerticalLayout> {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Campaign campaign;
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final IntegerField tonnes = new IntegerField();
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField contactPhone = new TextField();
    private final EventRows events;
    private final ComboBox<EventFootprint> footprint = new ComboBox<>();
    private final Paragraph problem = new Paragraph();
    private Consumer<Boolean> validity = valid -> { };

    SignUpForm(Campaign campaign, PurchaseViewer viewer, MunicipalityDirectory directory, EventFootprints footprints,
               FactorSet factors) {
        this.campaign = campaign;
        events = new EventRows(this::validate);
        var texts = PurchaseTexts.of(this);
        municipality.setId("sign-up-municipality");
        municipality.setLabel(texts.get("purchase.municipality"));
        municipality.setItems(directory.all());
        municipality.setItemLabelGenerator(m -> m.name(texts.locale()));
        viewer.municipality().ifPresent(municipality::setValue);
        // the secretariat, who belongs to no municipality, signs up on one's behalf
        municipality.setReadOnly(!viewer.secretariat() && viewer.municipality().isPresent());
        tonnes.setId("sign-up-tonnes");
        tonnes.setLabel(texts.get("purchase.signup.tonnes"));
        tonnes.setHelperText(texts.get("purchase.signup.tonnes-help", campaign.minTonnes(), campaign.maxTonnes()));
        tonnes.setMin(Math.toIntExact(campaign.minTonnes()));
        tonnes.setMax(Math.toIntExact(Math.min(Integer.MAX_VALUE, campaign.maxTonnes())));
        tonnes.setStepButtonsVisible(true);
        tonnes.setValueChangeMode(ValueChangeMode.EAGER);
        contactName.setId("sign-up-contact-name");
        contactName.setLabel(texts.get("purchase.signup.contact-name"));
        contactName.setValueChangeMode(ValueChangeMode.EAGER);
        contactEmail.setId("sign-up-contact-email");
        contactEmail.setLabel(texts.get("purchase.signup.contact-email"));
        contactEmail.setValueChangeMode(ValueChangeMode.EAGER);
        contactPhone.setId("sign-up-contact-phone");
        contactPhone.setLabel(texts.get("purchase.signup.contact-phone"));
        var fields = new FormLayout(municipality, tonnes, contactName, contactEmail, contactPhone);
        footprint.setId("sign-up-footprint");
        footprint.setLabel(texts.get("purchase.signup.footprint"));
        footprint.setItemLabelGenerator(f -> f.eventName() + " (" + f.firstDay() + ", "
                + texts.tonnes(f.estimate().creditsNeeded()) + ")");
        footprint.setItems(SignUpView.footprintsOf(footprints, municipality.getOptionalValue()));
        footprint.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                addFootprint(e.getValue());
                footprint.clear();
            }
        });
        municipality.addValueChangeListener(e -> {
            footprint.setItems(SignUpView.footprintsOf(footprints, municipality.getOptionalValue()));
            validate();
        });
        var add = new Button(texts.get("purchase.signup.event-add"), e -> events.add("", null, null, null));
        add.setId("sign-up-event-add");
        var calculate = new Button(texts.get("purchase.signup.calculate"), e -> new CalculatorDialog(factors,
                campaign.pricePerTonneYen(), estimated -> events.add(estimated.name(), estimated.date(),
                estimated.tonnes(), null)).open());
        calculate.setId("sign-up-calculate");
        var eventBar = new HorizontalLayout(add, calculate, footprint);
        eventBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        problem.setId("sign-up-problem");
        problem.addClassName("taiwa-error");
        problem.setVisible(false);
        tonnes.addValueChangeListener(e -> validate());
        contactName.addValueChangeListener(e -> validate());
        contactEmail.addValueChangeListener(e -> validate());
        getContent().setPadding(false);
        getContent().add(fields, new H3(texts.get("purchase.signup.events")), events, eventBar, problem);
    }

    /** Tells whether the form can be sent, now and after every change. */
    void onValidityChange(Consumer<Boolean> listener) {
        validity = listener;
        listener.accept(request().isPresent() && municipality.getValue() != null);
        // nothing typed yet: no field is shown as wrong until it is touched
        if (tonnes.isEmpty() && contactName.isEmpty()) {
            tonnes.setInvalid(false);
            contactName.setInvalid(false);
            contactEmail.setInvalid(false);
        }
    }

    void fill(SignUp signUp) {
        tonnes.setValue(Math.toIntExact(signUp.request().tonnes()));
        contactName.setValue(signUp.request().contact().name());
        contactEmail.setValue(signUp.request().contact().email());
        contactPhone.setValue(signUp.request().contact().phone());
        for (EventToOffset event : signUp.request().events()) {
            events.add(event.name(), event.date(), event.tonnes(), event.footprintId());
        }
    }

    /** Adds the footprint's event with the credits it needs (whole tonnes, rounded up). */
    void addFootprint(EventFootprint saved) {
        events.add(saved.eventName(), saved.firstDay(), saved.estimate().creditsNeeded(), saved.id());
        if (tonnes.getValue() == null) {
            tonnes.setValue(Math.toIntExact(Math.max(campaign.minTonnes(), saved.estimate().creditsNeeded())));
        }
    }

    Optional<Municipality> municipality() {
        return municipality.getOptionalValue();
    }

    List<EventRows.EventRow> eventRows() {
        return events.rows();
    }

    void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private void validate() {
        problem.setVisible(false);
        validity.accept(request().isPresent() && municipality.getValue() != null);
    }

    /** The request, or empty while a field is wrong (each field then says why). */
    Optional<SignUpRequest> request() {
        var texts = PurchaseTexts.of(this);
        Integer t = tonnes.getValue();
        boolean ok = mark(tonnes, t != null && t >= campaign.minTonnes() && t <= campaign.maxTonnes(),
                texts.get("purchase.signup.tonnes-range", campaign.minTonnes(), campaign.maxTonnes()));
        ok &= mark(contactName, !contactName.getValue().isBlank(), texts.get("purchase.signup.contact-required"));
        ok &= mark(contactEmail, EMAIL.matcher(contactEmail.getValue().strip()).matches(),
                texts.get("purchase.signup.email-invalid"));
        Optional<List<EventToOffset>> list = events.events();
        ok &= list.isPresent();
        if (list.isPresent() && t != null) {
            long sum = list.get().stream().mapToLong(EventToOffset::tonnes).sum();
            boolean fits = sum <= t;
            if (!fits) {
                mark(tonnes, false, texts.get("purchase.signup.events-exceed", sum, t));
            }
            ok &= fits;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new SignUpRequest(t, new SignUpRequest.Contact(contactName.getValue().strip(),
                contactEmail.getValue().strip(), contactPhone.getValue().strip()), list.get()));
    }

    private static boolean mark(com.vaadin.flow.component.HasValidation field, boolean valid, String message) {
        field.setInvalid(!valid);
        field.setErrorMessage(valid ? null : message);
        return valid;
    }
}
