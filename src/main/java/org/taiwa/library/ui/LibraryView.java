package org.taiwa.library.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentType;
import org.taiwa.library.FiscalYear;
import org.taiwa.library.ImplementationModel;
import org.taiwa.library.LibraryFilter;
import org.taiwa.library.LibrarySort;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.library.PolicyStage;
import org.taiwa.library.SpaceRef;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * The library: the documents the member may read, filtered and sorted in the database and loaded as the
 * member scrolls.
 */
@Route("library")
@Menu(title = "nav.library", order = 20)
@PermitAll
class LibraryView extends VerticalLayout implements HasDynamicTitle {

    private final PolicyLibrary library;
    private final Map<MunicipalityId, Municipality> municipalities;
    private final Grid<PolicyDocument> grid = new Grid<>();
    private final Span count = new Span();
    private final TextField text = new TextField();
    private final ComboBox<DocumentType> type = new ComboBox<>();
    private final ComboBox<FiscalYear> year = new ComboBox<>();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final ComboBox<SpaceRef> space = new ComboBox<>();
    private final ComboBox<ImplementationModel> model = new ComboBox<>();
    private final ComboBox<PolicyStage> stage = new ComboBox<>();

    LibraryView(PolicyLibrary library) {
        this.library = library;
        List<Municipality> all = library.municipalities();
        this.municipalities = LibraryText.byId(all);
        var upload = new RouterLink(getTranslation("library.upload"), UploadView.class);
        upload.setId("library-upload");
        var models = new RouterLink(getTranslation("library.models"), ModelMapView.class);
        var links = new HorizontalLayout(upload, models);
        add(new H1(getTranslation("library.title")), new Paragraph(getTranslation("library.explain")), links,
                filters(all), count, grid());
        setSizeFull();
        refresh();
    }

    private Component filters(List<Municipality> all) {
        text.setId("library-text");
        text.setPlaceholder(getTranslation("library.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        filter(type, "library-type", "library.filter.type", List.of(DocumentType.values()));
        type.setItemLabelGenerator(t -> LibraryText.label(this, t));
        var years = new ArrayList<FiscalYear>();
        for (int y = java.time.Year.now().getValue(); y >= 2005; y--) {
            years.add(FiscalYear.of(y));
        }
        filter(year, "library-year", "library.filter.year", years);
        year.setItemLabelGenerator(y -> y.label(getLocale()));
        filter(municipality, "library-municipality", "library.filter.municipality", all);
        municipality.setItemLabelGenerator(m -> m.name(getLocale()));
        filter(space, "library-space", "library.filter.space", library.readableSpaces());
        space.setItemLabelGenerator(s -> s.name(getLocale()));
        filter(model, "library-model", "library.filter.model", List.of(ImplementationModel.values()));
        model.setItemLabelGenerator(m -> LibraryText.label(this, m));
        filter(stage, "library-stage", "library.filter.stage", List.of(PolicyStage.values()));
        stage.setItemLabelGenerator(s -> LibraryText.label(this, s));
        text.addValueChangeListener(e -> refresh());
        var clear = new Button(getTranslation("library.filter.clear"), e -> {
            text.clear();
            List.of(type, year, municipality, space, model, stage).forEach(ComboBox::clear);
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new HorizontalLayout(text, type, year, municipality, space, model, stage, clear);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private <T> void filter(ComboBox<T> box, String id, String placeholder, List<T> items) {
        box.setId(id);
        box.setPlaceholder(getTranslation(placeholder));
        box.setAriaLabel(getTranslation(placeholder));
        box.setItems(items);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> refresh());
    }

    private Grid<PolicyDocument> grid() {
        grid.setId("library-documents");
        // links and badges drawn in the browser (LitRenderer): no component per row and cell (decision 0020)
        grid.addColumn(LitRenderer.<PolicyDocument>of("<a href=\"${item.href}\" router-link>${item.title}</a>")
                        .withProperty("href", d -> RouteConfiguration.forApplicationScope().getUrl(DocumentView.class,
                                new RouteParameters("documentId", d.id().value())))
                        .withProperty("title", PolicyDocument::title)).setKey("title")
                .setHeader(getTranslation("library.column.title")).setSortProperty(LibrarySort.Key.TITLE.name())
                // on a phone at most 60 % of the width, frozen: the other columns scroll inside the grid beside it
                .setWidth("min(24rem, 60vw)").setFlexGrow(4).setFrozen(true);
        grid.addColumn(d -> LibraryText.label(this, d.metadata().type())).setHeader(getTranslation("library.column.type"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.metadata().fiscalYear().label(getLocale())).setKey("year")
                .setHeader(getTranslation("library.column.year")).setSortProperty(LibrarySort.Key.FISCAL_YEAR.name())
                .setAutoWidth(true);
        grid.addColumn(d -> LibraryText.municipalities(this, d.metadata(), municipalities))
                .setHeader(getTranslation("library.column.municipalities")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(d -> LibraryText.date(d.updatedAt())).setHeader(getTranslation("library.column.updated"))
                .setSortProperty(LibrarySort.Key.UPDATED.name()).setAutoWidth(true);
        grid.addColumn(LitRenderer.<PolicyDocument>of("<span class=\"taiwa-status taiwa-status-${item.status}\" "
                        + "title=\"${item.reason}\">${item.label}</span>")
                        .withProperty("status", d -> d.latest().extraction().status().name().toLowerCase(Locale.ROOT))
                        .withProperty("label", d -> LibraryText.label(this, d.latest().extraction().status()))
                        .withProperty("reason", d -> LibraryText.reason(this, d.latest().extraction())))
                .setKey("text")
                .setHeader(getTranslation("library.column.text")).setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setItems(query -> fetch(sort(query.getSortOrders()), query.getOffset(), query.getLimit()),
                query -> library.count(filter()));
        return grid;
    }

    /** The grid may ask for more rows than the service gives in one call. */
    private Stream<PolicyDocument> fetch(LibrarySort sort, int offset, int limit) {
        LibraryFilter filter = filter();
        var rows = new ArrayList<PolicyDocument>();
        while (rows.size() < limit) {
            int chunk = Math.min(PolicyLibrary.MAX_PAGE_SIZE, limit - rows.size());
            List<PolicyDocument> page = library.find(filter, sort, offset + rows.size(), chunk);
            rows.addAll(page);
            if (page.size() < chunk) {
                break;
            }
        }
        return rows.stream();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("library.count", library.count(filter())));
    }

    LibraryFilter filter() {
        return new LibraryFilter(text.getValue(), type.getValue(), year.getValue(),
                municipality.getValue() == null ? null : municipality.getValue().id(),
                space.getValue() == null ? null : space.getValue().id(), model.getValue(), stage.getValue());
    }

    private static LibrarySort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return LibrarySort.NEWEST;
        }
        QuerySortOrder order = orders.getFirst();
        return new LibrarySort(LibrarySort.Key.valueOf(order.getSorted()),
                order.getDirection() == SortDirection.ASCENDING);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.title") + " | " + getTranslation("app.name");
    }
}
