package org.taiwa.purchase.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventFootprints;
import org.taiwa.offset.EventInputs;
import org.taiwa.offset.TravelLeg;
import org.taiwa.offset.TravelMode;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.Campaigns;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The public results page, the dashboard, and the calculator's "offset this event". */
@TaiwaIntegrationTest
class PurchasePublicIT {

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Autowired
    Campaigns campaigns;
    @Autowired
    EventFootprints footprints;

    @Test
    void the_results_page_shows_the_2011_replay_without_a_session() {
        SecurityContextHolder.clearContext();
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("results");

        assertThat(_get(H1.class).getText()).isEqualTo("カーボン・オフセットの成果");
        assertThat(_get(Span.class, spec -> spec.withId("results-municipalities")).getText()).isEqualTo("35");
        assertThat(_get(Span.class, spec -> spec.withId("results-events")).getText()).isEqualTo("47");
        assertThat(_get(Svg.class, spec -> spec.withId("results-chart"))).isNotNull();
    }

    @Test
    void the_dashboard_groups_by_fiscal_year_and_region() {
        views.signIn("staff.mitaka");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("campaigns/dashboard");

        @SuppressWarnings("unchecked")
        Grid<ResultsSummary.Group> years = _get(Grid.class, spec -> spec.withId("dashboard-years"));
        assertThat(years.getListDataView().getItems().map(ResultsSummary.Group::label)).contains("2011年度");
        @SuppressWarnings("unchecked")
        Grid<ResultsSummary.Group> regions = _get(Grid.class, spec -> spec.withId("dashboard-regions"));
        var byRegion = regions.getListDataView().getItems().toList();
        assertThat(byRegion.stream().mapToInt(ResultsSummary.Group::municipalities).sum()).isGreaterThanOrEqualTo(35);
        assertThat(_get(Svg.class, spec -> spec.withId("dashboard-regions-chart"))).isNotNull();
    }

    @Test
    void a_saved_footprint_offers_offset_this_event_with_an_open_campaign() {
        views.signIn("staff.minato");
        List<Campaign> open = campaigns.open();
        assertThat(open).as("the demo data's open first-come campaign").isNotEmpty();
        String name = "オフセット試験 " + UUID.randomUUID();
        var inputs = new EventInputs(120, 1, new BigDecimal("800.0"), null, null, null, null,
                List.of(new TravelLeg(TravelMode.RAIL, 120, new BigDecimal("25.0"))), 0, 0, 0, null);
        EventFootprint saved = footprints.save(new MunicipalityId("minato"), name, LocalDate.of(2026, 5, 10), null,
                inputs);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("offset");
        @SuppressWarnings("unchecked")
        Grid<EventFootprint> grid = _get(Grid.class, spec -> spec.withId("offset-footprints"));
        grid.select(grid.getListDataView().getItems().filter(f -> f.id().equals(saved.id())).findFirst()
                .orElseThrow());

        Button offset = _get(Button.class, spec -> spec.withId("offset-this-event-" + open.getFirst().id()));
        offset.click();

        // the footprint's event comes after any the municipality already signed up with
        List<TextField> names = _find(TextField.class).stream().filter(f -> f.getId().orElse("")
                .startsWith("sign-up-event-name-")).toList();
        String row = names.getLast().getId().orElseThrow().substring("sign-up-event-name-".length());
        assertThat(names.getLast().getValue()).isEqualTo(name);
        assertThat(_get(IntegerField.class, spec -> spec.withId("sign-up-event-tonnes-" + row)).getValue().longValue())
                .isEqualTo(saved.estimate().creditsNeeded());
        assertThat(_find(Button.class, spec -> spec.withId("sign-up-submit"))).hasSize(1);
    }
}
