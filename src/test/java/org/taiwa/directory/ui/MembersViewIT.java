package org.taiwa.directory.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.Member;
import org.taiwa.directory.MemberProfiles;
import org.taiwa.security.MemberSignedIn;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

@TaiwaIntegrationTest
class MembersViewIT {

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MemberProfiles profiles;

    @BeforeEach
    void setUp() {
        events.publishEvent(new MemberSignedIn(new SignedInMember("approver.hachioji", "八王子市 承認者", "",
                Optional.of("八王子市"), Set.of(Role.MEMBER, Role.APPROVER)), Instant.now()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_secretariat_sees_members_with_their_roles_and_can_filter_them() {
        views.signIn("secretariat");
        UI.getCurrent().navigate(MembersView.class);
        Grid<Member> grid = _get(Grid.class, spec -> spec.withId("members"));
        assertThat(_size(grid)).isPositive();
        _get(TextField.class, spec -> spec.withId("members-search")).setValue("approver.hachioji");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).roles())
                .containsExactlyInAnyOrder("member", "approver");
    }

    @Test
    void a_member_opening_the_admin_view_gets_the_access_denied_page() {
        views.signIn("staff.minato");
        UI.getCurrent().navigate("admin/members");
        assertThat(_find(MembersView.class)).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("members"))).isEmpty();
        assertThat(_get(Paragraph.class).getText()).isEqualTo("このページを開く権限がありません。必要な場合は事務局にお問い合わせください。");
    }

    @Test
    void the_member_list_is_refused_by_the_service_itself_to_anyone_but_the_secretariat() {
        views.signIn("staff.minato");
        assertThatThrownBy(() -> profiles.find("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.count("")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_member_whose_municipality_the_directory_does_not_know_gets_a_page_that_says_so() {
        views.signInAs(new SignedInMember("staff.osaka", "大阪 太郎", "", Optional.of("大阪市"),
                Set.of(Role.MEMBER)));
        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withId("unknown-municipality")).getText()).contains("「大阪市」");
        assertThat(_find(Grid.class, spec -> spec.withId("municipalities"))).isEmpty();
    }
}
