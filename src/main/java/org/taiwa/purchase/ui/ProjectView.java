package org.taiwa.purchase.ui;

import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.CreditProject;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** A credit project's page: its facts and the campaigns that offered it. */
@Route("projects/:projectId")
@PermitAll
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Campaigns campaigns;
    private String title = "";

    ProjectView(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    static RouteParameters parameters(String projectId) {
        return new RouteParameters("projectId", projectId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("projectId").orElse("");
        CreditProject project = campaigns.project(id).orElse(null);
        if (project == null) {
            title = getTranslation("purchase.project.not-found");
            add(new H1(title));
            return;
        }
        title = project.issuer() + " " + project.scheme();
        add(new H1(title), new ProjectDetails(project), new H2(getTranslation("purchase.project.campaigns")));
        var offered = campaigns.all().stream().filter(c -> c.projectId().equals(project.id())).toList();
        if (offered.isEmpty()) {
            add(new Paragraph(getTranslation("purchase.project.no-campaigns")));
        }
        for (Campaign campaign : offered) {
            add(new RouterLink(campaign.title(), CampaignView.class, CampaignView.parameters(campaign.id())));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
