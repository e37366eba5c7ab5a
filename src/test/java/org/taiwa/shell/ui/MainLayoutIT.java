package org.taiwa.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.MemberProfiles;
import org.taiwa.security.MemberSignedIn;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;

@TaiwaIntegrationTest
class MainLayoutIT {

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MemberProfiles profiles;

    @BeforeEach
    void setUp() {
        events.publishEvent(new MemberSignedIn(new SignedInMember("staff.shinjuku", "新宿区 職員", "",
                Optional.of("新宿区"), Set.of(Role.MEMBER)), Instant.now()));
        profiles.setLanguage("staff.shinjuku", Locale.JAPANESE);
        views.signIn("staff.shinjuku");
        UI.getCurrent().navigate("");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_english_switches_the_ui_and_is_remembered_in_the_profile() {
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language"));
        assertThat(language.getValue()).isEqualTo(Locale.JAPANESE);

        HasValueUtilsKt._setValue(language, Locale.ENGLISH);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(profiles.byUsername("staff.shinjuku").orElseThrow().language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void the_navigation_lists_the_home_page_in_the_members_language() {
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("ホーム");
        assertThat(_get(Span.class, spec -> spec.withId("member-municipality")).getText()).isEqualTo("新宿区");
    }
}
