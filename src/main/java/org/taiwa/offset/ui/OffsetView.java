package org.taiwa.offset.ui;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.openpdf.text.pdf.BaseFont;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventFootprints;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSets;
import org.taiwa.offset.InvalidEventInputException;
import org.taiwa.offset.OffsetCampaigns;
import org.taiwa.offset.TravelMode;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The calculator for members: estimate an event, save it as the footprint of the member's municipality (the
 * secretariat chooses one), and look through that municipality's events, each as saved and as it would be under
 * the set active now.
 */
@Route("offset")
@Menu(title = "nav.offset", order = 30)
@PermitAll
class OffsetView extends VerticalLayout implements HasDynamicTitle {

    private final EventFootprints footprints;
    private final FactorSet active;
    private final Optional<BaseFont> font;
    private final CalculatorForm form;
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final Button save;
    private final Grid<EventFootprint> events = new Grid<>();
    private final Div detail = new Div();
    private final ObjectProvider<OffsetCampaigns> campaigns;

    OffsetView(FactorSets sets, EventFootprints footprints, CurrentMember currentMember,
               MunicipalityDirectory directory, CalculatorProperties properties,
               ObjectProvider<OffsetCampaigns> campaigns) {
        this.footprints = footprints;
        this.campaigns = campaigns;
        this.active = sets.active();
        this.font = PdfFont.load(properties.font());
        // the cost at the price of the campaign open now, when the purchase module runs one
        BigDecimal price = Optional.ofNullable(campaigns.getIfAvailable()).stream()
                .flatMap(c -> c.openCampaigns().stream()).findFirst()
                .map(c -> BigDecimal.valueOf(c.pricePerTonneYen())).orElse(null);
        form = new CalculatorForm(active, price);
        form.addTravelRow(TravelMode.RAIL);
        var panel = new EstimatePanel();
        var exports = new ExportLinks("offset", font);
        save = new Button(getTranslation("offset.save"), e -> save());
        save.setId("offset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.addEstimateListener(estimate -> {
            panel.show(estimate, form.pricePerTonne());
            exports.show(estimate.map(est -> new Footprint(form.eventName(), form.firstDay(), form.lastDay(),
                    form.inputs().orElseThrow(), est, form.pricePerTonne())));
            updateSave();
        });
        configureMunicipality(currentMember.get(), directory);
        var saveBar = new HorizontalLayout(municipality, save);
        saveBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        configureEvents();
        detail.setWidthFull();
        add(new H1(getTranslation("offset.title")), new Paragraph(getTranslation("offset.explain")), form, panel,
                exports, saveBar, new H2(getTranslation("offset.events")), events, detail);
        refreshEvents();
        updateSave();
    }

    /** Staff save for their own municipality; the secretariat, who has none, picks one. */
    private void configureMunicipality(Optional<SignedInMember> member, MunicipalityDirectory directory) {
        municipality.setId("offset-municipality");
        municipality.setLabel(getTranslation("offset.municipality"));
        municipality.setItems(directory.all());
        municipality.setItemLabelGenerator(m -> m.name(getLocale()));
        member.flatMap(SignedInMember::municipality).flatMap(directory::byJapaneseName)
                .ifPresent(municipality::setValue);
        boolean secretariat = member.map(m -> m.has(Role.SECRETARIAT)).orElse(false);
        municipality.setReadOnly(!secretariat && municipality.getValue() != null);
        municipality.addValueChangeListener(e -> {
            refreshEvents();
            updateSave();
        });
    }

    private void configureEvents() {
        var date = DateTimeFormatter.ISO_LOCAL_DATE;
        var texts = OffsetTexts.of(this);
        events.setId("offset-footprints");
        events.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        events.addColumn(EventFootprint::eventName).setHeader(getTranslation("offset.form.event-name"))
                .setAutoWidth(true);
        events.addColumn(f -> date.format(f.firstDay()) + (f.lastDay().equals(f.firstDay()) ? ""
                : " – " + date.format(f.lastDay()))).setHeader(getTranslation("offset.events.dates")).setAutoWidth(true);
        events.addColumn(f -> texts.tonnes(f.estimate().totalTonnes())).setHeader(getTranslation("offset.events.tonnes"))
                .setAutoWidth(true);
        events.addColumn(f -> f.estimate().creditsNeeded()).setHeader(getTranslation("offset.events.credits"))
                .setAutoWidth(true);
        events.addColumn(f -> f.estimate().factorSet().name() + " (" + f.estimate().factorSet().fiscalYear() + ")")
                .setHeader(getTranslation("offset.events.factor-set")).setAutoWidth(true);
        events.setAllRowsVisible(true);
        events.asSingleSelect().addValueChangeListener(e -> {
            detail.removeAll();
            if (e.getValue() != null) {
                detail.add(new FootprintDetail(e.getValue(), active, footprints, font));
                // the purchase module's joint purchases, when it is there
                campaigns.ifAvailable(c -> detail.add(new OffsetThisEvent(e.getValue(), c)));
            }
        });
    }

    private void refreshEvents() {
        events.setItems(municipality.getValue() == null ? List.of()
                : footprints.byMunicipality(municipality.getValue().id()));
    }

    private void updateSave() {
        save.setEnabled(form.inputs().isPresent() && !form.eventName().isEmpty() && form.firstDay().isPresent()
                && municipality.getValue() != null);
    }

    private void save() {
        try {
            EventFootprint saved = footprints.save(municipality.getValue().id(), form.eventName(),
                    form.firstDay().orElseThrow(), form.lastDay().orElseThrow(), form.inputs().orElseThrow());
            Notification.show(getTranslation("offset.saved", saved.eventName()));
            refreshEvents();
            // the grid holds what the database returned: select the same footprint by its id
            events.getListDataView().getItems().filter(f -> f.id().equals(saved.id())).findFirst()
                    .ifPresent(events::select);
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("offset.save.denied"));
        } catch (InvalidEventInputException e) {
            Notification.show(getTranslation(e.getCodes()[0], e.getArguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offset.title");
    }
}
