package org.taiwa.directory.ui;

import java.util.Arrays;

import org.taiwa.directory.DirectoryCounts;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityFilter;
import org.taiwa.directory.MunicipalityKind;
import org.taiwa.directory.Participation;
import org.taiwa.directory.Region;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * Home page: the network at a glance (counts) and the 62 municipalities as a lazily loaded grid,
 * filtered by region, kind, participation and name.
 */
@Route("")
@Menu(title = "nav.home", order = 0)
@PermitAll
class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final MunicipalityDirectory directory;
    private final Grid<Municipality> grid = new Grid<>();
    private MunicipalityFilter filter = MunicipalityFilter.ALL;

    DirectoryView(MunicipalityDirectory directory) {
        this.directory = directory;
        setSizeFull();
        add(new H1(getTranslation("directory.title")), counts(directory.counts()), filters(), configureGrid());
        refresh();
    }

    private Component counts(DirectoryCounts counts) {
        var tiles = new HorizontalLayout(
                tile("count-total", getTranslation("directory.count.total"), counts.total()),
                tile("count-wards", label(Region.WARDS), counts.byRegion().getOrDefault(Region.WARDS, 0)),
                tile("count-tama", label(Region.TAMA), counts.byRegion().getOrDefault(Region.TAMA, 0)),
                tile("count-islands", label(Region.ISLANDS), counts.byRegion().getOrDefault(Region.ISLANDS, 0)),
                tile("count-committee", label(Participation.COMMITTEE_2009_2011),
                        counts.byParticipation().getOrDefault(Participation.COMMITTEE_2009_2011, 0)),
                tile("count-model", label(Participation.MODEL_STUDY_2011),
                        counts.byParticipation().getOrDefault(Participation.MODEL_STUDY_2011, 0)),
                tile("count-purchase", label(Participation.JOINT_PURCHASE_2011),
                        counts.byParticipation().getOrDefault(Participation.JOINT_PURCHASE_2011, 0)));
        tiles.setWrap(true);
        return tiles;
    }

    private static Component tile(String id, String caption, int value) {
        var number = new Span(Integer.toString(value));
        number.addClassName("taiwa-tile-number");
        var tile = new Div(number, new Span(caption));
        tile.setId(id);
        tile.addClassName("taiwa-tile");
        return tile;
    }

    private Component filters() {
        var region = new ComboBox<Region>(getTranslation("directory.region"), Region.values());
        region.setId("filter-region");
        region.setItemLabelGenerator(this::label);
        region.setClearButtonVisible(true);
        region.addValueChangeListener(e -> apply(filter.withRegion(e.getValue())));

        var kind = new ComboBox<MunicipalityKind>(getTranslation("directory.kind"), MunicipalityKind.values());
        kind.setId("filter-kind");
        kind.setItemLabelGenerator(this::label);
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> apply(filter.withKind(e.getValue())));

        var participation = new ComboBox<Participation>(getTranslation("directory.participation"),
                Arrays.asList(Participation.values()));
        participation.setId("filter-participation");
        participation.setItemLabelGenerator(this::label);
        participation.setClearButtonVisible(true);
        participation.addValueChangeListener(e -> apply(filter.withParticipation(e.getValue())));

        var text = new TextField(getTranslation("directory.search"));
        text.setId("filter-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(e -> apply(filter.withText(e.getValue())));

        var bar = new HorizontalLayout(text, region, kind, participation);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Grid<Municipality> configureGrid() {
        grid.setId("municipalities");
        grid.addComponentColumn(m -> new RouterLink(m.nameJa(), MunicipalityView.class,
                new RouteParameters("id", m.id().value()))).setHeader(getTranslation("directory.name.ja"))
                .setAutoWidth(true);
        grid.addColumn(Municipality::nameEn).setHeader(getTranslation("directory.name.en")).setAutoWidth(true);
        grid.addColumn(m -> label(m.kind())).setHeader(getTranslation("directory.kind"));
        grid.addColumn(m -> label(m.region())).setHeader(getTranslation("directory.region"));
        for (Participation p : Participation.values()) {
            grid.addColumn(m -> m.tookPartIn(p) ? "●" : "").setHeader(label(p)).setAutoWidth(true);
        }
        grid.setSizeFull();
        return grid;
    }

    private void apply(MunicipalityFilter next) {
        filter = next;
        refresh();
    }

    private void refresh() {
        MunicipalityFilter current = filter;
        grid.setItems(query -> directory.find(current, query.getOffset(), query.getLimit()).stream(),
                query -> directory.count(current));
    }

    private String label(Enum<?> value) {
        return getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title") + " | " + getTranslation("app.name");
    }
}
