package org.taiwa.directory.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.Region;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;

@TaiwaIntegrationTest
class DirectoryViewIT {

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @BeforeEach
    void setUp() {
        views.signIn("staff.minato");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate(DirectoryView.class);
    }

    @Test
    void home_lists_the_62_municipalities_lazily_with_counts() {
        Grid<Municipality> grid = municipalities();
        assertThat(_size(grid)).isEqualTo(62);
        assertThat(_get(grid, 0).nameJa()).isEqualTo("千代田区");
        assertThat(_get(Div.class, spec -> spec.withId("count-total")).getElement().getTextRecursively()).contains("62");
        assertThat(_get(Div.class, spec -> spec.withId("count-purchase")).getElement().getTextRecursively()).contains("35");
        assertThat(_get(H1.class).getText()).isEqualTo("東京62市区町村");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filters_narrow_the_grid() {
        ComboBox<Region> region = _get(ComboBox.class, spec -> spec.withId("filter-region"));
        region.setValue(Region.ISLANDS);
        assertThat(_size(municipalities())).isEqualTo(9);
        _get(TextField.class, spec -> spec.withId("filter-text")).setValue("新島");
        assertThat(_size(municipalities())).isEqualTo(1);
        assertThat(_get(municipalities(), 0).nameEn()).isEqualTo("Niijima");
        region.clear();
        _get(TextField.class, spec -> spec.withId("filter-text")).clear();
        assertThat(_size(municipalities())).isEqualTo(62);
    }

    @Test
    void the_header_shows_the_member_their_municipality_and_the_development_sign_in() {
        assertThat(_get(Span.class, spec -> spec.withId("member-name")).getText()).isEqualTo("港区 職員");
        assertThat(_get(Span.class, spec -> spec.withId("member-municipality")).getText()).isEqualTo("港区");
        assertThat(_get(Span.class, spec -> spec.withId("dev-signin-badge")).getText()).isEqualTo("開発用サインイン");
    }

    @Test
    void a_municipality_page_shows_what_it_took_part_in() {
        UI.getCurrent().navigate("municipalities/hachioji");
        assertThat(_get(H1.class, spec -> spec.withId("municipality-name")).getText()).isEqualTo("八王子市 (Hachioji)");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("participation")).getElement().getTextRecursively())
                .contains("研究検討委員会").contains("取組モデル検討").contains("J-VER共同購入");
    }

    @Test
    void english_shows_english_labels() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("municipalities/minato");
        UI.getCurrent().navigate(DirectoryView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("The 62 municipalities of Tokyo");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Municipality> municipalities() {
        return _get(Grid.class, spec -> spec.withId("municipalities"));
    }
}
