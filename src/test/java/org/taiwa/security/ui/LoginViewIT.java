package org.taiwa.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

@TaiwaIntegrationTest
class LoginViewIT {

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Test
    void an_anonymous_visitor_of_the_home_page_is_sent_to_the_sign_in_page() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(LoginView.class);
    }

    @Test
    void the_development_sign_in_is_marked_and_lists_the_demo_accounts() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(Span.class, spec -> spec.withId("dev-signin-badge")).getText()).isEqualTo("開発用サインイン");
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("demo-accounts")))).isEqualTo(70);
    }

    @Test
    void a_failed_sign_in_shows_the_error() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }
}
