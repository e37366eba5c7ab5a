package org.taiwa.purchase.ui;

import java.time.Instant;
import java.util.List;

import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.SignUp;
import org.taiwa.purchase.SignUps;
import org.taiwa.security.CurrentMember;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * One campaign: the project, window in Japan time, rule and (once open) the lottery seed, what is left; for a
 * municipality's staff its own sign-up; for the secretariat the transitions, the allocation and the exports;
 * once settled, the certificates the viewer may download.
 */
@Route("campaigns/:campaignId")
@PermitAll
class CampaignView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Campaigns campaigns;
    private final SignUps signUps;
    private final CurrentMember currentMember;
    private final MunicipalityDirectory directory;
    private final PurchaseUiProperties properties;
    private String title = "";

    CampaignView(Campaigns campaigns, SignUps signUps, CurrentMember currentMember, MunicipalityDirectory directory,
                 PurchaseUiProperties properties) {
        this.campaigns = campaigns;
        this.signUps = signUps;
        this.currentMember = currentMember;
        this.directory = directory;
        this.properties = properties;
    }

    static RouteParameters parameters(String campaignId) {
        return new RouteParameters("campaignId", campaignId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("campaignId").orElse(""));
    }

    /** Draws the page again from the database, after an action changed the campaign or a sign-up. */
    void show(String campaignId) {
        removeAll();
        Campaign campaign = campaigns.find(campaignId).orElse(null);
        if (campaign == null) {
            title = getTranslation("purchase.campaign.not-found");
            add(new H1(title));
            return;
        }
        title = campaign.title();
        var texts = PurchaseTexts.of(this);
        var viewer = PurchaseViewer.of(currentMember, directory);
        add(new H1(campaign.title()), facts(campaign, texts));
        campaigns.project(campaign.projectId()).ifPresent(project -> add(new H2(getTranslation(
                "purchase.campaign.project")), new RouterLink(project.issuer() + " " + project.scheme(),
                ProjectView.class, ProjectView.parameters(project.id())), new ProjectDetails(project)));
        List<SignUp> visible = signUps.ofCampaign(campaign.id());
        Runnable refresh = () -> show(campaign.id());
        viewer.municipality().filter(m -> viewer.staff() || viewer.approver()).ifPresent(m -> add(new SignUpState(
                campaign, visible.stream().filter(s -> s.municipality().equals(m.id()) && !s.withdrawn())
                .findFirst(), viewer, signUps, refresh)));
        if (viewer.secretariat()) {
            add(new SecretariatPanel(campaign, visible, campaigns, directory, properties, refresh));
        }
        if (campaign.status() == CampaignStatus.SETTLED) {
            add(new Certificates(campaign, campaigns.project(campaign.projectId()).orElse(null), visible, directory,
                    properties));
        }
    }

    private Div facts(Campaign campaign, PurchaseTexts texts) {
        var facts = new Div();
        facts.addClassName("taiwa-purchase-facts");
        facts.add(fact("campaign-status", texts.get("purchase.campaign.status"), texts.status(campaign.status())));
        facts.add(fact("campaign-window", texts.get("purchase.campaign.window"), texts.window(campaign)));
        facts.add(fact("campaign-rule", texts.get("purchase.campaign.rule"), texts.rule(campaign.allocationRule())));
        if (campaign.lotterySeed() != null && !campaign.lotterySeed().isBlank()
                && campaign.status() != CampaignStatus.DRAFT) {
            facts.add(fact("campaign-seed", texts.get("purchase.campaign.seed"), campaign.lotterySeed()));
        }
        facts.add(fact("campaign-offered", texts.get("purchase.campaign.offered"),
                texts.tonnes(campaign.totalTonnes())));
        facts.add(fact("campaign-remaining", texts.get("purchase.campaign.remaining"),
                texts.tonnes(campaign.remainingTonnes())));
        facts.add(fact("campaign-limits", texts.get("purchase.campaign.limits"),
                texts.get("purchase.campaign.limits-value", campaign.minTonnes(), campaign.maxTonnes())));
        facts.add(fact("campaign-price", texts.get("purchase.campaign.price"), texts.yen(campaign.pricePerTonneYen())));
        if (campaign.acceptsSignUps(Instant.now())) {
            facts.add(new Span(getTranslation("purchase.campaign.accepting")));
        }
        return facts;
    }

    static Div fact(String id, String label, String value) {
        var name = new Span(label);
        name.addClassName("taiwa-purchase-label");
        var text = new Span(value);
        text.setId(id);
        return new Div(name, text);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
