package org.taiwa.purchase.ui;

import org.taiwa.purchase.CreditProject;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** A credit project's facts: issuer, scheme, methodology, location, vintage, tonnes and price with its tax note. */
final class ProjectDetails extends Composite<Div> {

    ProjectDetails(CreditProject project) {
        var texts = PurchaseTexts.of(this);
        Div content = getContent();
        content.setId("project-details");
        content.addClassName("taiwa-purchase-facts");
        fact("project-issuer", texts.get("purchase.project.issuer"), project.issuer());
        fact("project-scheme", texts.get("purchase.project.scheme"), project.scheme());
        fact("project-methodology", texts.get("purchase.project.methodology"), project.methodology());
        fact("project-location", texts.get("purchase.project.location"), project.location());
        fact("project-vintage", texts.get("purchase.project.vintage"), Integer.toString(project.vintage()));
        fact("project-tonnes", texts.get("purchase.project.tonnes"), texts.get("purchase.project.tonnes-value",
                texts.number(project.certifiedTonnes()), texts.number(project.availableTonnes())));
        fact("project-price", texts.get("purchase.project.price"), texts.yen(project.pricePerTonneYen()) + " "
                + texts.get(project.taxIncluded() ? "purchase.tax.included" : "purchase.tax.excluded"));
        if (!project.description().isBlank()) {
            content.add(new Paragraph(project.description()));
        }
    }

    private void fact(String id, String label, String value) {
        getContent().add(CampaignView.fact(id, label, value));
    }
}
