package org.taiwa.directory.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.taiwa.directory.Member;
import org.taiwa.directory.MemberProfiles;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.security.Roles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

import jakarta.annotation.security.RolesAllowed;

/**
 * The secretariat's view of members and their roles, as the identity provider's claims said at
 * their last sign-in. Roles are managed in Keycloak, not here.
 */
@Route("admin/members")
@Menu(title = "nav.members", order = 80)
@RolesAllowed(Roles.SECRETARIAT)
@AccessDeniedErrorRouter(rerouteToError = AccessDeniedException.class)
class MembersView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final MemberProfiles profiles;
    private final Grid<Member> grid = new Grid<>();

    MembersView(MemberProfiles profiles, MunicipalityDirectory directory) {
        this.profiles = profiles;
        setSizeFull();
        var search = new TextField(getTranslation("members.search"));
        search.setId("members-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> show(e.getValue()));

        grid.setId("members");
        // frozen: on a phone the other columns scroll inside the grid and the account stays beside them
        grid.addColumn(Member::username).setHeader(getTranslation("members.username")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(Member::displayName).setHeader(getTranslation("members.name")).setAutoWidth(true);
        grid.addColumn(Member::email).setHeader(getTranslation("members.email")).setAutoWidth(true);
        grid.addColumn(m -> m.municipality().flatMap(directory::byId).map(x -> x.name(getLocale())).orElse(""))
                .setHeader(getTranslation("members.municipality")).setAutoWidth(true);
        grid.addColumn(m -> String.join(", ", m.roles().stream().sorted().toList()))
                .setHeader(getTranslation("members.roles")).setAutoWidth(true);
        grid.addColumn(m -> m.lastSignIn() == null ? "" : TIME.format(m.lastSignIn()))
                .setHeader(getTranslation("members.last-sign-in")).setAutoWidth(true);
        grid.setSizeFull();

        add(new H1(getTranslation("members.title")), new Paragraph(getTranslation("members.explain")), search, grid);
        show("");
    }

    private void show(String text) {
        grid.setItems(query -> profiles.find(text, query.getOffset(), query.getLimit()).stream(),
                query -> profiles.count(text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title") + " | " + getTranslation("app.name");
    }

}
