package org.taiwa.offset.ui;


import org.taiwa.offset.FactorSets;
import org.taiwa.offset.TravelMode;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The calculator for municipal websites to frame: no sign-in, no portal chrome, and nothing stored (the inputs
 * live in the page's session only; the exports are made on the fly). Which sites may frame it is
 * {@code taiwa.offset.embed-origins} ({@link EmbedFrameAncestors}).
 */
@Route(value = "embed/calculator", autoLayout = false)
@AnonymousAllowed
class EmbedCalculatorView extends VerticalLayout implements HasDynamicTitle {

    EmbedCalculatorView(FactorSets sets, CalculatorProperties properties) {
        addClassName("taiwa-offset-embed");
        var form = new CalculatorForm(sets.active(), null);
        form.addTravelRow(TravelMode.RAIL);
        var panel = new EstimatePanel();
        var exports = new ExportLinks("offset", PdfFont.load(properties.font()));
        form.addEstimateListener(estimate -> {
            panel.show(estimate, form.pricePerTonne());
            exports.show(estimate.map(e -> new Footprint(form.eventName(), form.firstDay(), form.lastDay(),
                    form.inputs().orElseThrow(), e, form.pricePerTonne())));
        });
        add(new H1(getTranslation("offset.embed.title")), new Paragraph(getTranslation("offset.embed.explain")),
                form, panel, exports);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offset.embed.title");
    }
}
