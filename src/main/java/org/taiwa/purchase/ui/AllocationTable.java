package org.taiwa.purchase.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Per municipality: requested, allocated, reason; the footer adds both columns up, and a line compares the
 * allocated total with what was on offer (never more).
 */
final class AllocationTable extends Composite<VerticalLayout> {

    AllocationTable(AllocationRows allocation, PurchaseTexts texts) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        var grid = new Grid<AllocationRows.Row>();
        grid.setId("allocation-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // frozen: on a phone the figures scroll inside the table and the municipality stays beside them
        grid.addColumn(AllocationRows.Row::municipality).setHeader(texts.get("purchase.municipality"))
                .setFooter(texts.get("purchase.total")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(r -> texts.number(r.requested())).setHeader(texts.get("purchase.allocation.requested"))
                .setFooter(texts.number(allocation.requested())).setAutoWidth(true);
        grid.addColumn(r -> texts.number(r.allocated())).setHeader(texts.get("purchase.allocation.allocated"))
                .setFooter(texts.number(allocation.allocated())).setAutoWidth(true);
        grid.addColumn(r -> texts.reason(r.reason())).setHeader(texts.get("purchase.allocation.reason"))
                .setAutoWidth(true);
        grid.setItems(allocation.rows());
        grid.setAllRowsVisible(true);
        var totals = new Paragraph(texts.get("purchase.allocation.totals", texts.number(allocation.requested()),
                texts.number(allocation.allocated()), texts.number(allocation.offered()),
                texts.number(allocation.offered() - allocation.allocated())));
        totals.setId("allocation-totals");
        content.add(grid, totals);
    }
}
