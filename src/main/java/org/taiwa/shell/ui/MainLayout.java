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
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
        addToNavbar(header);
        addToDrawer(navigation());
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
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
        return nav;
    }
}
