package org.taiwa.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;

@TaiwaIntegrationTest
class SpaceAdminViewsIT {

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Test
    void the_secretariat_creates_a_space_and_archives_it() {
        views.signIn("secretariat");
        UI.getCurrent().navigate(SpacesView.class);
        _click(_get(Button.class, spec -> spec.withId("new-space")));
        _click(_get(Button.class, spec -> spec.withId("new-space-create")));
        TextField name = _get(TextField.class, spec -> spec.withId("new-space-name-ja"));
        assertThat(name.isInvalid()).as("no name").isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("日本語の名称を入力してください。");

        String title = "検討WG " + UUID.randomUUID().toString().substring(0, 8);
        name.setValue(title);
        _click(_get(Button.class, spec -> spec.withId("new-space-create")));
        assertThat(_get(H1.class, spec -> spec.withId("space-name")).getText()).isEqualTo(title);

        _click(_get(Button.class, spec -> spec.withId("archive-space")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(Button.class, spec -> spec.withId("archive-space"))).isEmpty();
    }

    @Test
    void members_get_neither_control() {
        views.signIn("staff.minato");
        UI.getCurrent().navigate(SpacesView.class);
        assertThat(_find(Button.class, spec -> spec.withId("new-space"))).isEmpty();
        UI.getCurrent().navigate("spaces/forum");
        assertThat(_find(Button.class, spec -> spec.withId("archive-space"))).isEmpty();
    }
}
