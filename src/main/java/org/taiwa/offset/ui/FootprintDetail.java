package org.taiwa.offset.ui;

import java.util.Optional;

import org.openpdf.text.pdf.BaseFont;
import org.taiwa.offset.Estimate;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventFootprints;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.MissingFactorException;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A saved footprint: its estimate as saved, with the factor set it used, and, when another set is active now,
 * what it would be under that one (the saved figure stays as it was).
 */
final class FootprintDetail extends Composite<Div> {

    FootprintDetail(EventFootprint footprint, FactorSet active, EventFootprints footprints, Optional<BaseFont> font) {
        OffsetTexts texts = OffsetTexts.of(this);
        Div content = getContent();
        content.setId("offset-footprint-detail");
        content.addClassName("taiwa-offset-detail");
        var saved = new EstimatePanel("offset-saved");
        saved.show(Optional.of(footprint.estimate()), Optional.empty());
        var exports = new ExportLinks("offset-saved", font);
        exports.show(Optional.of(new Footprint(footprint.eventName(), Optional.of(footprint.firstDay()),
                Optional.of(footprint.lastDay()), footprint.inputs(), footprint.estimate(), Optional.empty())));
        content.add(new H3(footprint.eventName()), new H4(texts.get("offset.footprint.as-saved")), saved, exports);
        if (footprint.estimate().factorSet().id().equals(active.id())) {
            return;
        }
        content.add(new H4(texts.get("offset.footprint.under-active", active.name(), active.fiscalYear())));
        try {
            Estimate now = footprints.recalculate(footprint, active);
            var recalculated = new EstimatePanel("offset-recalculated");
            recalculated.show(Optional.of(now), Optional.empty());
            content.add(recalculated);
        } catch (MissingFactorException e) {
            var missing = new Paragraph(texts.get("offset.form.missing-factor", texts.item(e.item())));
            missing.setId("offset-recalculated-missing");
            content.add(missing);
        }
    }
}
