package org.taiwa.offset.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.taiwa.offset.Estimate;
import org.taiwa.offset.Estimate.CategoryEstimate;
import org.taiwa.offset.Estimate.Line;
import org.taiwa.offset.Factor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * An estimate as a municipal organiser reads it: the total in kg and t-CO2, the credits to buy (whole tonnes),
 * their cost when a price is known, a chart and a table by category, every line, and where every factor comes
 * from. {@code idPrefix} keeps two panels on one page (saved and recalculated) apart.
 */
public final class EstimatePanel extends Composite<Div> {

    private final OffsetTexts texts;
    private final String idPrefix;

    public EstimatePanel() {
        this("offset");
    }

    EstimatePanel(String idPrefix) {
        this.idPrefix = idPrefix;
        this.texts = OffsetTexts.of(this);
        getContent().addClassName("taiwa-offset-result");
        getContent().setId(idPrefix + "-result");
        show(Optional.empty(), Optional.empty());
    }

    /** Shows the estimate, or asks for valid inputs when there is none. */
    public void show(Optional<Estimate> estimate, Optional<BigDecimal> pricePerTonne) {
        getContent().removeAll();
        if (estimate.isEmpty()) {
            var hint = new Paragraph(texts.get("offset.result.none"));
            hint.setId(idPrefix + "-no-result");
            getContent().add(hint);
            return;
        }
        Estimate e = estimate.get();
        var total = new Paragraph(texts.get("offset.result.total", texts.kg(e.totalKgCo2()),
                texts.tonnes(e.totalTonnes())));
        total.setId(idPrefix + "-total");
        total.addClassName("taiwa-offset-total");
        var credits = new Paragraph(texts.get("offset.result.credits", e.creditsNeeded()));
        credits.setId(idPrefix + "-credits");
        var set = new Paragraph(texts.get("offset.result.factor-set", e.factorSet().name(), e.factorSet().fiscalYear()));
        set.setId(idPrefix + "-factor-set");
        getContent().add(total, credits);
        pricePerTonne.ifPresent(price -> {
            var cost = new Paragraph(texts.get("offset.result.cost", texts.number(e.cost(price), 0),
                    texts.number(price, 0)));
            cost.setId(idPrefix + "-cost");
            getContent().add(cost);
        });
        var breakdown = new Div(CategoryChart.of(e.categories(), texts), categories(e));
        breakdown.addClassName("taiwa-offset-breakdown");
        getContent().add(set, new H4(texts.get("offset.result.by-category")), breakdown,
                new H4(texts.get("offset.result.lines")), lines(e), new H4(texts.get("offset.result.sources")),
                sources(e));
    }

    private NativeTable categories(Estimate e) {
        var table = table("categories", "offset.result.category", "offset.result.kg", "offset.result.share");
        NativeTableBody body = table.getBody();
        for (CategoryEstimate category : e.categories()) {
            BigDecimal share = e.totalKgCo2().signum() == 0 ? BigDecimal.ZERO
                    : category.kgCo2().multiply(BigDecimal.valueOf(100))
                            .divide(e.totalKgCo2(), 1, java.math.RoundingMode.HALF_UP);
            body.add(row(texts.category(category.category()), texts.kg(category.kgCo2()),
                    texts.number(share, 1) + " %"));
        }
        body.add(row(texts.get("offset.result.sum"), texts.kg(e.totalKgCo2()), "100 %"));
        return table;
    }

    private NativeTable lines(Estimate e) {
        var table = table("lines", "offset.result.item", "offset.result.quantity", "offset.result.unit",
                "offset.result.factor", "offset.result.factor-unit", "offset.result.kg");
        for (CategoryEstimate category : e.categories()) {
            for (Line line : category.lines()) {
                table.getBody().add(row(texts.item(line.item()), texts.number(line.quantity(), 3),
                        texts.unit(line.unit()), texts.number(line.factor().value(), 6), line.factor().valueUnit(),
                        texts.kg(line.kgCo2())));
            }
        }
        return table;
    }

    /** Each factor once, with its source and whether it is an estimate. */
    private Component sources(Estimate e) {
        Map<String, Factor> used = new LinkedHashMap<>();
        e.categories().forEach(c -> c.lines().forEach(l -> used.putIfAbsent(c.category().code() + "/" + l.item(),
                l.factor())));
        var list = new UnorderedList();
        list.setId(idPrefix + "-sources");
        for (Factor factor : used.values()) {
            var item = new ListItem();
            item.add(new Span(texts.item(factor.item()) + ": " + texts.number(factor.value(), 6) + " "
                    + factor.valueUnit() + " — " + factor.source().citation() + " "));
            if (!factor.source().url().isBlank()) {
                var link = new Anchor(factor.source().url(), texts.get("offset.result.source-link"),
                        AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                item.add(link);
            }
            if (factor.estimate()) {
                var badge = new Span(texts.get("offset.result.estimate-badge"));
                badge.addClassName("taiwa-offset-estimate");
                item.add(badge);
            }
            if (!factor.source().note().isBlank()) {
                var note = new Span(factor.source().note());
                note.addClassName("taiwa-offset-note");
                item.add(note);
            }
            list.add(item);
        }
        return list;
    }

    private NativeTable table(String name, String... headers) {
        var table = new NativeTable();
        table.setId(idPrefix + "-" + name + "-table");
        table.addClassName("taiwa-offset-table");
        var head = new NativeTableRow();
        for (String header : headers) {
            head.add(new NativeTableHeaderCell(texts.get(header)));
        }
        table.getHead().add(head);
        return table;
    }

    private static NativeTableRow row(String... cells) {
        var row = new NativeTableRow();
        for (String cell : cells) {
            row.add(new NativeTableCell(cell));
        }
        return row;
    }
}
