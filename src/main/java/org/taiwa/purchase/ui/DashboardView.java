package org.taiwa.purchase.ui;

import java.util.List;
import java.util.Map;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.PurchaseResults;
import org.taiwa.purchase.RetiredEvent;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * What the joint purchases achieved, for members: tonnes, municipalities and events per campaign and per fiscal
 * year, by region and by municipality, with bar charts drawn on the server.
 */
@Route("campaigns/dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(PurchaseResults results, MunicipalityDirectory directory) {
        var texts = PurchaseTexts.of(this);
        List<RetiredEvent> retired = results.retired();
        Map<MunicipalityId, Municipality> municipalities = ResultsFigures.municipalities(directory);
        add(new H1(texts.get("purchase.dashboard.title")), new ResultsFigures(ResultsSummary.of(retired), texts));
        section("dashboard-campaigns", texts.get("purchase.results.by-campaign"), ResultsFigures.byCampaign(retired),
                texts);
        section("dashboard-years", texts.get("purchase.dashboard.by-year"), ResultsSummary.by(retired,
                r -> texts.get("purchase.fiscal-year", String.valueOf(PurchaseTexts.fiscalYear(r.eventDate() != null ? r.eventDate()
                        : PurchaseTexts.japanDate(r.retiredAt())))), ResultsSummary.byLabel()), texts);
        section("dashboard-regions", texts.get("purchase.dashboard.by-region"), ResultsSummary.by(retired,
                r -> region(municipalities.get(r.municipality()), texts), ResultsSummary.byTonnesDescending()), texts);
        section("dashboard-municipalities", texts.get("purchase.dashboard.by-municipality"), ResultsSummary.by(retired,
                r -> ResultsFigures.name(municipalities, r.municipality(), texts),
                ResultsSummary.byTonnesDescending()), texts);
    }

    private static String region(Municipality municipality, PurchaseTexts texts) {
        return municipality == null ? "" : texts.get("enum.Region." + municipality.region().name());
    }

    private void section(String id, String title, List<ResultsSummary.Group> groups, PurchaseTexts texts) {
        add(new H2(title));
        if (groups.isEmpty()) {
            return;
        }
        add(BarChart.of(id + "-chart", title, groups, texts));
        var grid = new Grid<ResultsSummary.Group>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // frozen: on a phone the figures scroll inside the table and their label stays beside them
        grid.addColumn(ResultsSummary.Group::label).setHeader(title).setAutoWidth(true).setFrozen(true);
        grid.addColumn(g -> texts.number(g.tonnes())).setHeader(texts.get("purchase.results.tonnes"))
                .setAutoWidth(true);
        grid.addColumn(g -> texts.number(g.municipalities())).setHeader(texts.get("purchase.results.municipalities"))
                .setAutoWidth(true);
        grid.addColumn(g -> texts.number(g.events())).setHeader(texts.get("purchase.results.events"))
                .setAutoWidth(true);
        grid.setItems(groups);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchase.dashboard.title");
    }
}
