package org.taiwa.purchase.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.RetiredEvent;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The three headline figures, as the network's pamphlet gave them: tonnes offset, municipalities, events. */
final class ResultsFigures extends Composite<Div> {

    ResultsFigures(ResultsSummary summary, PurchaseTexts texts) {
        Div content = getContent();
        content.addClassName("taiwa-purchase-figures");
        content.add(figure("results-tonnes", texts.number(summary.tonnes()), texts.get("purchase.results.tonnes")),
                figure("results-municipalities", texts.number(summary.municipalities()),
                        texts.get("purchase.results.municipalities")),
                figure("results-events", texts.number(summary.events()), texts.get("purchase.results.events")));
    }

    private static Div figure(String id, String value, String label) {
        var number = new Span(value);
        number.setId(id);
        number.addClassName("taiwa-purchase-figure");
        return new Div(number, new Span(" " + label));
    }

    /** Municipality names by id, in the UI's language; an unknown id shows as itself. */
    static String name(Map<MunicipalityId, Municipality> municipalities, MunicipalityId id, PurchaseTexts texts) {
        Municipality m = municipalities.get(id);
        return m == null ? id.value() : m.name(texts.locale());
    }

    static Map<MunicipalityId, Municipality> municipalities(MunicipalityDirectory directory) {
        return directory.all().stream().collect(Collectors.toMap(Municipality::id, m -> m));
    }

    static List<ResultsSummary.Group> byCampaign(List<RetiredEvent> retired) {
        return ResultsSummary.by(retired, RetiredEvent::campaignTitle, ResultsSummary.byLabel());
    }
}
