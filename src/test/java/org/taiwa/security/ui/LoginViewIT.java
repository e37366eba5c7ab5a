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

    @Test
    void a_sign_in_sent_back_by_the_rate_limit_says_how_long_to_wait() {
        UI.getCurrent().navigate("login", QueryParameters.of("blocked", "42"));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form)).contains("サインインの試行が多すぎます")
                .contains("42 秒ほど待ってからもう一度サインインしてください。");
        assertThat(form.getAction()).as("the form still signs in").isEqualTo("login");

        UI.getCurrent().navigate("login", QueryParameters.of("blocked", "<b>x</b>"));
        assertThat(errorMessage(_get(LoginForm.class))).as("a forged value")
                .contains("60 秒ほど待ってからもう一度サインインしてください。").doesNotContain("<b>");
    }

    /** The texts the form shows (its i18n property, as the browser receives it). */
    private static String errorMessage(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
