package org.taiwa.offset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventFootprints;
import org.taiwa.offset.EventInputs;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSetStatus;
import org.taiwa.offset.FactorSets;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;

/** The secretariat's factor-set page: copy, activate; members do not get it. A saved footprint then shows both. */
@TaiwaIntegrationTest
class FactorSetsViewIT {

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Autowired
    FactorSets sets;
    @Autowired
    EventFootprints footprints;

    @Test
    @SuppressWarnings("unchecked")
    void the_secretariat_copies_and_activates_a_set_and_a_saved_footprint_shows_it_under_the_new_one() {
        views.signIn("staff.minato");
        EventFootprint saved = footprints.save(new MunicipalityId("minato"), "係数切替の確認 " + System.nanoTime(),
                LocalDate.of(2025, 6, 1), null, EventInputs.of(30, 1).withTravel(List.of()));
        views.stop();
        views.start();
        views.signIn("secretariat");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        FactorSet active = sets.active();
        UI.getCurrent().navigate("admin/offset-factors");
        Grid<FactorSet> grid = _get(Grid.class, spec -> spec.withId("offset-sets"));
        int row = GridKt._fetch(grid, 0, 500).stream().map(FactorSet::id).toList().indexOf(active.id());

        _click(_get((HorizontalLayout) GridKt._getCellComponent(grid, row, "actions"), Button.class,
                spec -> spec.withId("offset-copy-" + active.id())));
        // the same name and year as the active set, so that other tests that read it see the same set
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("offset-copy-year")),
                active.fiscalYear());
        _click(_get(Button.class, spec -> spec.withId("offset-copy-confirm")));

        FactorSet copy = grid.asSingleSelect().getValue();
        assertThat(copy.id()).isNotEqualTo(active.id());
        assertThat(copy.status()).isEqualTo(FactorSetStatus.DRAFT);
        assertThat(copy.factors()).isEqualTo(active.factors());
        int copyRow = GridKt._fetch(grid, 0, 500).stream().map(FactorSet::id).toList().indexOf(copy.id());
        _click(_get((HorizontalLayout) GridKt._getCellComponent(grid, copyRow, "actions"), Button.class,
                spec -> spec.withId("offset-activate-" + copy.id())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(sets.active().id()).isEqualTo(copy.id());
        assertThat(sets.find(active.id()).orElseThrow().status()).isEqualTo(FactorSetStatus.RETIRED);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("排出係数セットの管理");

        views.stop();
        views.start();
        views.signIn("staff.minato");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("offset");
        Grid<EventFootprint> events = _get(Grid.class, spec -> spec.withId("offset-footprints"));
        GridKt._fetch(events, 0, 500).stream().filter(f -> f.id().equals(saved.id())).findFirst()
                .ifPresent(events::select);
        assertThat(_get(Paragraph.class, spec -> spec.withId("offset-saved-factor-set")).getText())
                .contains(saved.estimate().factorSet().name());
        assertThat(_find(Paragraph.class, spec -> spec.withId("offset-recalculated-total"))).hasSize(1);
    }

    @Test
    void staff_do_not_get_the_factor_set_page_nor_its_menu_entry() {
        views.signIn("staff.minato");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("admin/offset-factors");
        assertThat(_find(FactorSetsView.class)).isEmpty();
        UI.getCurrent().navigate("offset");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("イベントのカーボン・オフセット")
                .doesNotContain("排出係数セットの管理");
    }
}
