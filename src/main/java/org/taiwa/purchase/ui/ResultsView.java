package org.taiwa.purchase.ui;

import java.util.List;

import org.taiwa.purchase.PurchaseResults;
import org.taiwa.purchase.RetiredEvent;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The network's results for residents, without sign-in: tonnes offset, participating municipalities and events,
 * in total and per joint purchase — what the network's pamphlet told them.
 */
@Route("results")
@AnonymousAllowed
class ResultsView extends VerticalLayout implements HasDynamicTitle {

    ResultsView(PurchaseResults results) {
        var texts = PurchaseTexts.of(this);
        List<RetiredEvent> retired = results.retired();
        add(new H1(texts.get("purchase.results.title")), new Paragraph(texts.get("purchase.results.explain")),
                new ResultsFigures(ResultsSummary.of(retired), texts));
        var campaigns = ResultsFigures.byCampaign(retired);
        if (!campaigns.isEmpty()) {
            add(new H2(texts.get("purchase.results.by-campaign")), BarChart.of("results-chart",
                    texts.get("purchase.results.by-campaign"), campaigns, texts));
            for (ResultsSummary.Group group : campaigns) {
                add(new Paragraph(texts.get("purchase.results.campaign-line", group.label(),
                        texts.number(group.municipalities()), texts.number(group.events()),
                        texts.number(group.tonnes()))));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchase.results.title");
    }
}
