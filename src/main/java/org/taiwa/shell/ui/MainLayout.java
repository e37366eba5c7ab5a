package org.taiwa.shell.ui;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.SignInMode;
import org.taiwa.security.SignedInMember;
import org.taiwa.shell.HeaderItem;
import org.taiwa.shell.internal.LanguagePreference;
import org.taiwa.shell.internal.TaiwaI18NProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every page: navigation built from the views' {@code @Menu}, and a header with the
 * modules' {@link HeaderItem}s, the signed-in member, their municipality, the language switch and sign-out.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout {

    static final String CONTENT_ID = "main-content";

    MainLayout(CurrentMember currentMember, MunicipalityDirectory directory, SignInMode signInMode,
               LanguagePreference languages, AuthenticationContext authentication, ObjectProvider<HeaderItem> items) {
        setPrimarySection(Section.DRAWER);
        var title = new Span(getTranslation("app.name"));
        title.addClassName("taiwa-title");
        var header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("taiwa-header");
        if (signInMode.development()) {
            var badge = new Span(getTranslation("signin.dev.badge"));
            badge.addClassName("taiwa-dev-badge");
            badge.setId("dev-signin-badge");
            header.add(badge);
        }
        var spacer = new Span();
        header.addAndExpand(spacer);
        items.orderedStream().forEach(item -> item.create().ifPresent(header::add));
        currentMember.get().ifPresent(member -> header.add(memberInfo(member, directory),
                signOut(authentication)));
        header.add(languageSwitch(languages));
        header.getElement().setAttribute("role", "banner");
        addToNavbar(skipLink(), header);
        addToDrawer(navigation());
    }

    /**
     * The first tab stop: moves keyboard focus past the header and the navigation to the page's heading, where TAB
     * goes on into the content. Handled in the browser (no server round trip, no router: the address keeps no
     * fragment). The heading, not the content, takes the focus: a shadow host with a negative tabindex (every Vaadin
     * layout) would take everything inside it out of the tab order.
     */
    private Component skipLink() {
        var link = new Anchor("#" + CONTENT_ID, getTranslation("shell.skip-to-content"));
        link.setId("skip-to-content");
        link.addClassName("taiwa-skip-link");
        link.setRouterIgnore(true);
        link.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const main = document.getElementById($0);
                  const target = main && main.querySelector('h1');
                  if (target) {
                    target.setAttribute('tabindex', '-1');
                    target.focus();
                    target.scrollIntoView();
                  }
                })""", CONTENT_ID);
        return link;
    }

    /** Every page's content is the main landmark, and where the skip link leads. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("id", CONTENT_ID).setAttribute("role", "main");
        }
    }

    private Component memberInfo(SignedInMember member, MunicipalityDirectory directory) {
        var name = new Span(member.displayName());
        name.setId("member-name");
        var municipality = new Span(member.municipality()
                .map(nameJa -> directory.byJapaneseName(nameJa).map(m -> m.name(getLocale())).orElse(nameJa))
                .orElse(""));
        municipality.setId("member-municipality");
        municipality.addClassName("taiwa-municipality");
        var info = new HorizontalLayout(name, municipality);
        info.setSpacing(true);
        return info;
    }

    private Component signOut(AuthenticationContext authentication) {
        var button = new Button(getTranslation("shell.signout"), e -> authentication.logout());
        button.setId("sign-out");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Component languageSwitch(LanguagePreference languages) {
        var select = new Select<Locale>();
        select.setId("language");
        select.setItems(TaiwaI18NProvider.JAPANESE, TaiwaI18NProvider.ENGLISH);
        select.setItemLabelGenerator(l -> l.getLanguage().equals("en") ? "English" : "日本語");
        select.setValue(getLocale().getLanguage().equals("en") ? TaiwaI18NProvider.ENGLISH : TaiwaI18NProvider.JAPANESE);
        select.setAriaLabel(getTranslation("shell.language"));
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                languages.choose(e.getValue());
            }
        });
        select.setWidth("8rem");
        return select;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
        return nav;
    }
}
