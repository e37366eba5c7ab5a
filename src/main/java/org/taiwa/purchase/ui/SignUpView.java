package org.taiwa.purchase.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSourceResolvable;
import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventFootprints;
import org.taiwa.offset.FactorSets;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.SignUp;
import org.taiwa.purchase.SignUps;
import org.taiwa.security.CurrentMember;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * A municipality's sign-up to a campaign, or its change while the window is open. The form gets an idempotency key
 * when it opens and sends the same key on every submit, so a double click or a retry after a lost answer gives the
 * one sign-up the first submit made. {@code ?footprint=} fills an event from a footprint saved with the calculator.
 */
@Route("campaigns/:campaignId/sign-up")
@PermitAll
class SignUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String FOOTPRINT = "footprint";

    private final Campaigns campaigns;
    private final SignUps signUps;
    private final EventFootprints footprints;
    private final FactorSets factorSets;
    private final CurrentMember currentMember;
    private final MunicipalityDirectory directory;
    private final RateLimits rateLimits;
    /** Made when the form opens; the same for every submit of this form. */
    private final String idempotencyKey = UUID.randomUUID().toString();
    private SignUpForm form;
    private Campaign campaign;
    private Optional<SignUp> existing = Optional.empty();
    private String title = "";

    SignUpView(Campaigns campaigns, SignUps signUps, EventFootprints footprints, FactorSets factorSets,
               CurrentMember currentMember, MunicipalityDirectory directory, RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.factorSets = factorSets;
        this.campaigns = campaigns;
        this.signUps = signUps;
        this.footprints = footprints;
        this.currentMember = currentMember;
        this.directory = directory;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        campaign = campaigns.find(event.getRouteParameters().get("campaignId").orElse("")).orElse(null);
        if (campaign == null) {
            title = getTranslation("purchase.campaign.not-found");
            add(new H1(title));
            return;
        }
        var viewer = PurchaseViewer.of(currentMember, directory);
        title = getTranslation("purchase.signup.title", campaign.title());
        add(new H1(title), new Paragraph(getTranslation("purchase.signup.explain", campaign.minTonnes(),
                campaign.maxTonnes(), PurchaseTexts.of(this).window(campaign))));
        form = new SignUpForm(campaign, viewer, directory, footprints, factorSets.active());
        existing = viewer.municipality().flatMap(m -> signUps.ofCampaign(campaign.id()).stream()
                .filter(s -> s.municipality().equals(m.id()) && !s.withdrawn()).findFirst());
        existing.ifPresent(form::fill);
        event.getLocation().getQueryParameters().getSingleParameter(FOOTPRINT).flatMap(footprints::find)
                .ifPresent(form::addFootprint);
        var submit = new Button(getTranslation(existing.isPresent() ? "purchase.signup.save-change"
                : "purchase.signup.submit"), e -> submit());
        submit.setId("sign-up-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.onValidityChange(submit::setEnabled);
        add(form, submit);
    }

    /** Sends the form; a second call with the same form sends the same idempotency key. */
    void submit() {
        Optional<Municipality> municipality = form.municipality();
        var request = form.request();
        if (municipality.isEmpty() || request.isEmpty()) {
            return;
        }
        try {
            rateLimits.takeForCurrentMember(RateLimit.SIGN_UP);
            SignUp saved = existing.isPresent() ? signUps.change(existing.get().id(), request.get())
                    : signUps.signUp(campaign.id(), municipality.get().id(), request.get(), idempotencyKey);
            Notification.show(getTranslation(existing.isPresent() ? "purchase.signup.changed"
                    : "purchase.signup.done", PurchaseTexts.of(this).placement(saved.placement())));
            getUI().ifPresent(ui -> ui.navigate(CampaignView.class, CampaignView.parameters(campaign.id())));
        } catch (RuntimeException e) {
            if (!(e instanceof MessageSourceResolvable rule) || rule.getCodes() == null) {
                throw e;
            }
            form.showProblem(getTranslation(rule.getCodes()[0], rule.getArguments()));
        }
    }

    SignUpForm form() {
        return form;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    static List<EventFootprint> footprintsOf(EventFootprints footprints, Optional<Municipality> municipality) {
        return municipality.map(m -> footprints.byMunicipality(m.id())).orElse(List.of());
    }
}
