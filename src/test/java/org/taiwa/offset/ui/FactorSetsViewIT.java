package org.taiwa.offset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventInputs;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSetStatus;
import org.taiwa.offset.internal.OwnOffsetRegistry;

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
import com.vaadin.flow.component.textfield.TextField;

/** The secretariat's factor-set page: copy, activate; members do not get it. A saved footprint then shows both. */
@TaiwaIntegrationTest
class FactorSetsViewIT {

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Autowired
    ApplicationContext context;

    @Test
    @SuppressWarnings("unchecked")
    void the_secretariat_copies_and_activates_a_set_and_a_saved_footprint_shows_it_under_the_new_one() {
        // a registry of the test's own: activating in the application's would change every other test's set
        OwnOffsetRegistry own = OwnOffsetRegistry.create(context);
        views.signIn("staff.minato");
        EventFootprint saved = own.footprints().save(new MunicipalityId("minato"), "係数切替の確認 " + System.nanoTime(),
                LocalDate.of(2025, 6, 1), null, new EventInputs(30, 1, new BigDecimal("100"), null, null, null, null,
                        List.of(), 0, 0, 0, null));
        views.signIn("secretariat");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        FactorSet active = own.sets().active();
        UI.getCurrent().add(new FactorSetsView(own.sets()));
        Grid<FactorSet> grid = _get(Grid.class, spec -> spec.withId("offset-sets"));
        assertThat(GridKt._size(grid)).isEqualTo(1);

        _click(_get((HorizontalLayout) GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withId("offset-copy-" + active.id())));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("offset-copy-name")), "2025年度係数");
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("offset-copy-year")), 2025);
        _click(_get(Button.class, spec -> spec.withId("offset-copy-confirm")));

        FactorSet copy = grid.asSingleSelect().getValue();
        assertThat(copy.name()).isEqualTo("2025年度係数");
        assertThat(copy.status()).isEqualTo(FactorSetStatus.DRAFT);
        assertThat(copy.factors()).isEqualTo(active.factors());
        int copyRow = GridKt._fetch(grid, 0, 500).stream().map(FactorSet::id).toList().indexOf(copy.id());
        _click(_get((HorizontalLayout) GridKt._getCellComponent(grid, copyRow, "actions"), Button.class,
                spec -> spec.withId("offset-activate-" + copy.id())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(own.sets().active().id()).isEqualTo(copy.id());
        assertThat(own.sets().find(active.id()).orElseThrow().status()).isEqualTo(FactorSetStatus.RETIRED);
        assertThat(GridKt._fetch(grid, 0, 500)).extracting(FactorSet::status)
                .containsExactlyInAnyOrder(FactorSetStatus.ACTIVE, FactorSetStatus.RETIRED);

        UI.getCurrent().removeAll();
        UI.getCurrent().add(new FootprintDetail(saved, own.sets().active(), own.footprints(), Optional.empty()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("offset-saved-factor-set")).getText())
                .contains(active.name());
        assertThat(_get(Paragraph.class, spec -> spec.withId("offset-recalculated-factor-set")).getText())
                .contains("2025年度係数");
    }

    @Test
    void the_secretariat_finds_the_page_in_the_navigation() {
        views.signIn("secretariat");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("admin/offset-factors");
        assertThat(_find(FactorSetsView.class)).hasSize(1);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("排出係数セットの管理");
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
