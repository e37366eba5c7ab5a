package org.taiwa.purchase.ui;

import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.Campaigns;
import org.taiwa.security.CurrentMember;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** The joint-purchase campaigns, open ones first, each with its status, tonnes, price and window in Japan time. */
@Route("campaigns")
@Menu(title = "nav.campaigns", order = 31)
@PermitAll
class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    CampaignsView(Campaigns campaigns, CurrentMember currentMember, MunicipalityDirectory directory) {
        var texts = PurchaseTexts.of(this);
        var grid = new Grid<Campaign>();
        grid.setId("campaigns");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(c -> new RouterLink(c.title(), CampaignView.class, CampaignView.parameters(c.id())))
                .setHeader(getTranslation("purchase.campaign.title")).setFlexGrow(2);
        grid.addColumn(c -> texts.status(c.status())).setHeader(getTranslation("purchase.campaign.status"))
                .setAutoWidth(true);
        grid.addColumn(c -> texts.number(c.totalTonnes())).setHeader(getTranslation("purchase.campaign.offered"))
                .setAutoWidth(true);
        grid.addColumn(c -> texts.number(c.remainingTonnes()))
                .setHeader(getTranslation("purchase.campaign.remaining")).setAutoWidth(true);
        grid.addColumn(c -> texts.yen(c.pricePerTonneYen())).setHeader(getTranslation("purchase.campaign.price"))
                .setAutoWidth(true);
        grid.addColumn(texts::window).setHeader(getTranslation("purchase.campaign.window")).setAutoWidth(true);
        grid.setItems(campaigns.all());
        grid.setAllRowsVisible(true);

        var actions = new HorizontalLayout(new RouterLink(getTranslation("purchase.dashboard.title"),
                DashboardView.class), new RouterLink(getTranslation("purchase.results.title"), ResultsView.class));
        if (PurchaseViewer.of(currentMember, directory).secretariat()) {
            var create = new Button(getTranslation("purchase.new.title"),
                    e -> getUI().ifPresent(ui -> ui.navigate(NewCampaignView.class)));
            create.setId("campaign-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.addComponentAsFirst(create);
        }
        add(new H1(getTranslation("purchase.campaigns.title")), new Paragraph(getTranslation("purchase.campaigns.explain")),
                actions, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchase.campaigns.title");
    }
}
