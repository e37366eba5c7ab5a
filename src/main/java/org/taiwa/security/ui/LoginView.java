package org.taiwa.security.ui;

import org.springframework.beans.factory.ObjectProvider;
import org.taiwa.security.internal.DevelopmentSignIn;
import org.taiwa.security.internal.KeycloakReachability;
import org.taiwa.security.internal.DevelopmentSignIn.DemoAccountView;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The development sign-in page: a sign-in form and the demo accounts to use with it. Clicking an
 * account fills the form. Marked as a development sign-in so nobody takes it for the real one.
 * With single sign-on configured it sends the visitor on to Keycloak, or, while Keycloak does not answer, says
 * that signing in is not possible right now (members already signed in keep working).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    private static final String SSO_UNAVAILABLE = "sso-unavailable";
    private static final String SSO_SIGN_IN = "/oauth2/authorization/keycloak";

    private final boolean singleSignOn;

    LoginView(ObjectProvider<DevelopmentSignIn> developmentSignIn) {
        DevelopmentSignIn signIn = developmentSignIn.getIfAvailable();
        singleSignOn = signIn == null;
        if (singleSignOn) {
            return;
        }
        addClassName("taiwa-login");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        var badge = new Span(getTranslation("signin.dev.badge"));
        badge.addClassName("taiwa-dev-badge");
        badge.setId("dev-signin-badge");

        add(new H1(getTranslation("app.name")), badge, new Paragraph(getTranslation("signin.dev.explain")), form,
                accounts(signIn));
    }

    private Grid<DemoAccountView> accounts(DevelopmentSignIn signIn) {
        var grid = new Grid<DemoAccountView>();
        grid.setId("demo-accounts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DemoAccountView::username).setHeader(getTranslation("signin.dev.username")).setAutoWidth(true);
        grid.addColumn(DemoAccountView::password).setHeader(getTranslation("signin.dev.password")).setAutoWidth(true);
        grid.addColumn(DemoAccountView::displayName).setHeader(getTranslation("signin.dev.name")).setAutoWidth(true);
        grid.addColumn(DemoAccountView::municipality).setHeader(getTranslation("signin.dev.municipality"))
                .setAutoWidth(true);
        grid.addColumn(DemoAccountView::roles).setHeader(getTranslation("signin.dev.roles")).setAutoWidth(true);
        grid.setItems(signIn.accounts());
        grid.setMaxWidth("60rem");
        grid.setHeight("24rem");
        grid.addItemClickListener(e -> fill(e.getItem()));
        return grid;
    }

    /** The form's fields live in its light DOM, so the page can fill them like a password manager would. */
    private void fill(DemoAccountView account) {
        form.getElement().executeJs("""
                const u = this.querySelector('vaadin-text-field[name=username]');
                const p = this.querySelector('vaadin-password-field[name=password]');
                if (u) { u.value = $0; } if (p) { p.value = $1; }""", account.username(), account.password());
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("signin.title"));
        i18n.getForm().setUsername(getTranslation("signin.username"));
        i18n.getForm().setPassword(getTranslation("signin.password"));
        i18n.getForm().setSubmit(getTranslation("signin.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("signin.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("signin.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (singleSignOn) {
            if (event.getLocation().getQueryParameters().getParameters().containsKey(SSO_UNAVAILABLE)) {
                showSingleSignOnUnavailable();
            } else {
                // with single sign-on the sign-in page is Keycloak's
                event.forwardToUrl(SSO_SIGN_IN);
            }
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var blocked = parameters.getOrDefault("blocked", java.util.List.of());
        if (!blocked.isEmpty()) {
            // sent back by the sign-in rate limit, with the seconds to wait
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("signin.blocked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("signin.blocked.message", seconds(blocked.getFirst())));
            form.setI18n(i18n);
            form.setError(true);
            return;
        }
        form.setError(parameters.containsKey("error"));
    }

    private static long seconds(String parameter) {
        try {
            return Math.clamp(Long.parseLong(parameter), 1, 86_400);
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    /** Set by the filter in front of the redirect to Keycloak ({@link KeycloakReachability}). */
    private void showSingleSignOnUnavailable() {
        removeAll();
        setId("sso-unavailable");
        addClassName("taiwa-unavailable");
        var again = new Anchor(SSO_SIGN_IN, getTranslation("signin.sso.unavailable.retry"));
        again.setRouterIgnore(true);
        add(new H1(getTranslation("signin.sso.unavailable.title")),
                new Paragraph(getTranslation("signin.sso.unavailable.explain")), again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.title") + " | " + getTranslation("app.name");
    }
}
